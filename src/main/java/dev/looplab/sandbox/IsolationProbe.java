package dev.looplab.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Finds out at start-up which isolation this host really provides: looks for the tools
 * and the cgroup controllers, then starts {@code java -version} through the whole chain
 * and, while that fails, drops the most demanding part and tries again, keeping the
 * reason.
 */
final class IsolationProbe {

	private static final List<String> DROP_ORDER = List.of("bwrap", "cgroup", "uid", "rlimits");

	private IsolationProbe() {
	}

	static IsolationSupport detect(SandboxProperties properties) {
		IsolationProperties settings = properties.isolation();
		Map<String, String> missing = new LinkedHashMap<>();
		if (!settings.enabled()) {
			missing.put("everything", "switched off by looplab.sandbox.isolation.enabled=false");
			return new IsolationSupport(null, null, null, null, missing);
		}
		Path prlimit = Executables.find("prlimit");
		if (prlimit == null) {
			missing.put("rlimits", "prlimit (util-linux) is not on the PATH");
		}
		Path setpriv = null;
		if (!Executables.runsAsRoot()) {
			missing.put("uid", "the server does not run as root, so sandboxes keep its user id,"
					+ " mapped inside a user namespace");
		}
		else if ((setpriv = Executables.find("setpriv")) == null) {
			missing.put("uid", "setpriv (util-linux) is not on the PATH");
		}
		CgroupTree cgroups = cgroups(missing);
		BubblewrapSandbox bubblewrap = bubblewrap(properties, missing);
		return tryOut(new IsolationSupport(prlimit, setpriv, bubblewrap, cgroups, missing), properties);
	}

	private static CgroupTree cgroups(Map<String, String> missing) {
		try {
			CgroupTree cgroups = CgroupTree.detect(CgroupMounts.read());
			CgroupMounts.CONTROLLERS.stream()
				.filter((controller) -> !cgroups.controllers().contains(controller))
				.forEach((controller) -> missing.put("cgroup " + controller, "the controller is not available"));
			return cgroups;
		}
		catch (IOException ex) {
			missing.put("cgroup", ex.getMessage());
			return null;
		}
	}

	private static BubblewrapSandbox bubblewrap(SandboxProperties properties, Map<String, String> missing) {
		Path bwrap = Executables.find("bwrap");
		if (bwrap == null) {
			missing.put("bwrap", "bubblewrap is not on the PATH");
			return null;
		}
		String help = Executables.output(List.of(bwrap.toString(), "--help"));
		Path env = Executables.find("env");
		Path javaHome = Path.of(properties.javaHomeOrOwn());
		List<Path> others = (env != null) ? List.of(env) : List.of();
		return new BubblewrapSandbox(bwrap, javaHome, BubblewrapLibraries.discover(javaHome, others), env,
				help.contains("--disable-userns"), help.contains("--size"));
	}

	/**
	 * Starts {@code java -version} with everything that was found; on failure drops the
	 * next part in {@link #DROP_ORDER} and tries again.
	 */
	private static IsolationSupport tryOut(IsolationSupport support, SandboxProperties properties) {
		IsolationLimits limits = IsolationLimits.forRunner(properties);
		List<String> javaCommand = List.of(properties.javaExecutable(), "-Xshare:auto", "-version");
		int uid = properties.isolation().firstUid();
		IsolationSupport candidate = support;
		String failure = failureOf(candidate, javaCommand, limits, uid);
		for (String part : DROP_ORDER) {
			if (failure == null) {
				return candidate;
			}
			if (has(candidate, part)) {
				if (part.equals("cgroup")) {
					candidate.cgroups().close();
				}
				candidate = candidate.without(part, "a test start failed: " + failure);
				failure = failureOf(candidate, javaCommand, limits, uid);
			}
		}
		return (failure == null) ? candidate : candidate.without("sandbox JVM", "even a plain JVM failed: " + failure);
	}

	private static boolean has(IsolationSupport support, String part) {
		return switch (part) {
			case "bwrap" -> support.bubblewrap() != null;
			case "cgroup" -> support.cgroups() != null;
			case "uid" -> support.setpriv() != null;
			default -> support.prlimit() != null;
		};
	}

	/** Why the JVM did not start under this support, or null when it did. */
	private static String failureOf(IsolationSupport support, List<String> javaCommand, IsolationLimits limits,
			int uid) {
		CgroupSlot cgroup = null;
		try {
			if (support.cgroups() != null) {
				cgroup = support.cgroups().create("probe", limits);
			}
			IsolationSlot slot = new IsolationSlot(0, uid, cgroup, limits);
			List<String> command = IsolationCommand.wrap(support, javaCommand, slot);
			Process process = new ProcessBuilder(command).directory(Path.of("/").toFile())
				.redirectErrorStream(true)
				.start();
			process.getOutputStream().close();
			byte[] output = process.getInputStream().readAllBytes();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return "java -version did not finish in 30 s";
			}
			if (process.exitValue() == 0) {
				return null;
			}
			String text = new String(output, StandardCharsets.UTF_8).strip();
			return "exit code " + process.exitValue() + ": " + text.lines().findFirst().orElse("no output");
		}
		catch (IOException ex) {
			return ex.getMessage();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "interrupted";
		}
		finally {
			if (cgroup != null) {
				cgroup.remove();
			}
		}
	}

	/** Finding tools on the PATH and asking who we are. */
	static final class Executables {

		private static final List<String> USUAL = List.of("/usr/local/bin", "/usr/bin", "/bin", "/usr/sbin", "/sbin");

		private Executables() {
		}

		static Path find(String name) {
			List<String> folders = new ArrayList<>();
			String path = System.getenv("PATH");
			if (path != null) {
				folders.addAll(List.of(path.split(":")));
			}
			folders.addAll(USUAL);
			return folders.stream()
				.filter((folder) -> !folder.isEmpty())
				.map((folder) -> Path.of(folder, name))
				.filter(Files::isExecutable)
				.findFirst()
				.orElse(null);
		}

		static boolean runsAsRoot() {
			try {
				return Files.readAllLines(Path.of("/proc/self/status"))
					.stream()
					.filter((line) -> line.startsWith("Uid:"))
					.map((line) -> line.split("\\s+")[2])
					.anyMatch("0"::equals);
			}
			catch (IOException ex) {
				return false;
			}
		}

		static String output(List<String> command) {
			try {
				Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
				String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				process.waitFor(10, TimeUnit.SECONDS);
				return text;
			}
			catch (IOException ex) {
				return "";
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return "";
			}
		}

	}

}
