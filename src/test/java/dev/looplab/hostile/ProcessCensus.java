package dev.looplab.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Counts the processes a run may have left behind. Below the server there may only be the
 * idle sandbox JVMs (at most the pool size), the long-lived compiler JVMs, and the
 * wrappers that started them (bubblewrap, a shell joining cgroups); anywhere on the
 * machine there may be no process carrying {@link #MARKER} in its command line (every
 * hostile program that starts a process names it so) and no process of a sandbox user
 * other than those JVMs.
 */
final class ProcessCensus {

	/**
	 * Hostile programs put this text into the command line of every process they start.
	 */
	static final String MARKER = "hostile-marker";

	private static final String RUNNER_MAIN = "dev.looplab.runner.RunnerMain";

	private static final String COMPILER_MAIN = "dev.looplab.runner.CompilerMain";

	/** IsolatedCompiler keeps two compiler JVMs. */
	private static final int COMPILER_JVMS = 2;

	private final int poolSize;

	private final String ownUid = uid(ProcessHandle.current().pid()).orElseThrow();

	/** The users sandbox JVMs were seen to run as (other than the server's own). */
	private final Set<String> sandboxUids = new HashSet<>();

	ProcessCensus(int poolSize) {
		this.poolSize = poolSize;
	}

	/**
	 * Waits until nothing is left behind, or the time is up; returns the problems seen
	 * last (empty when the census came out clean).
	 */
	List<String> awaitClean(Duration patience) throws InterruptedException {
		long deadline = System.nanoTime() + patience.toNanos();
		List<String> problems = problems();
		while (!problems.isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(200);
			problems = problems();
		}
		return problems;
	}

	List<String> problems() {
		List<String> problems = new ArrayList<>();
		List<ProcessHandle> leftovers = leftovers(problems);
		leftovers.forEach((process) -> problems.add("left behind: " + describe(process)));
		return problems;
	}

	/** Ends every process left behind (never a pool or compiler JVM), by pid. */
	void endLeftovers() {
		for (ProcessHandle process : leftovers(new ArrayList<>())) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
		}
	}

	private List<ProcessHandle> leftovers(List<String> problems) {
		Map<Long, Seen> commandLines = new HashMap<>();
		List<ProcessHandle> below = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
		below.forEach((process) -> commandLines.put(process.pid(), Seen.of(process.pid())));
		List<ProcessHandle> runners = new ArrayList<>();
		List<ProcessHandle> compilers = new ArrayList<>();
		List<ProcessHandle> leftovers = new ArrayList<>();
		for (ProcessHandle process : below) {
			Seen command = commandLines.get(process.pid());
			boolean jvmAncestor = ancestorsBelowServer(process).stream()
				.anyMatch((ancestor) -> isSandboxJvm(commandLines.computeIfAbsent(ancestor.pid(), Seen::of)));
			if (isSandboxJvm(command) && !jvmAncestor) {
				(command.commandLine().contains(RUNNER_MAIN) ? runners : compilers).add(process);
			}
			else if (jvmAncestor || !wrapsSandboxJvm(process, commandLines)) {
				leftovers.add(process);
			}
		}
		if (runners.size() > this.poolSize) {
			problems.add("%d sandbox JVMs are alive, the pool holds %d: %s".formatted(runners.size(), this.poolSize,
					runners.stream().map(ProcessCensus::describe).toList()));
		}
		if (compilers.size() > COMPILER_JVMS) {
			problems.add("%d compiler JVMs are alive, at most %d are kept: %s".formatted(compilers.size(),
					COMPILER_JVMS, compilers.stream().map(ProcessCensus::describe).toList()));
		}
		Set<Long> jvms = new HashSet<>();
		runners.forEach((jvm) -> jvms.add(jvm.pid()));
		compilers.forEach((jvm) -> jvms.add(jvm.pid()));
		for (ProcessHandle jvm : runners) {
			uid(jvm.pid()).filter((uid) -> !uid.equals(this.ownUid)).ifPresent(this.sandboxUids::add);
		}
		ProcessHandle.allProcesses().filter(ProcessHandle::isAlive).forEach((process) -> {
			Seen command = commandLines.computeIfAbsent(process.pid(), Seen::of);
			if (jvms.contains(process.pid()) || leftovers.contains(process) || isSandboxJvm(command)) {
				return;
			}
			if (command.commandLine().contains(MARKER)) {
				leftovers.add(process);
			}
			else if (uid(process.pid()).filter(this.sandboxUids::contains).isPresent()
					&& !wrapsSandboxJvm(process, commandLines)) {
				// Reported, never ended: on a shared machine another server's sandbox may
				// use the same user ids.
				problems.add("a process runs as a sandbox user: " + describe(process));
			}
		});
		return leftovers;
	}

	/**
	 * A JVM running the runner or the compiler. The executable's name counts, not only
	 * the command line: a wrapper such as bubblewrap carries the JVM's whole command line
	 * in its own.
	 */
	private static boolean isSandboxJvm(Seen process) {
		return process.name().equals("java")
				&& (process.commandLine().contains(RUNNER_MAIN) || process.commandLine().contains(COMPILER_MAIN));
	}

	/**
	 * A wrapper (bubblewrap, a shell, prlimit) whose descendants include a sandbox JVM.
	 */
	private static boolean wrapsSandboxJvm(ProcessHandle process, Map<Long, Seen> commandLines) {
		return process.descendants()
			.anyMatch((descendant) -> isSandboxJvm(commandLines.computeIfAbsent(descendant.pid(), Seen::of)));
	}

	private static List<ProcessHandle> ancestorsBelowServer(ProcessHandle process) {
		long server = ProcessHandle.current().pid();
		List<ProcessHandle> ancestors = new ArrayList<>();
		for (Optional<ProcessHandle> parent = process.parent(); parent.isPresent()
				&& parent.get().pid() != server; parent = parent.get().parent()) {
			ancestors.add(parent.get());
		}
		return ancestors;
	}

	private static String describe(ProcessHandle process) {
		return "pid %d (uid %s): %s".formatted(process.pid(), uid(process.pid()).orElse("?"),
				abbreviate(commandLine(process.pid())));
	}

	private static String abbreviate(String text) {
		return (text.length() > 160) ? text.substring(0, 160) + "..." : text;
	}

	/** A process's executable name and command line, as /proc showed them. */
	private record Seen(String name, String commandLine) {

		static Seen of(long pid) {
			try {
				return new Seen(Files.readString(Path.of("/proc", Long.toString(pid), "comm")).strip(),
						ProcessCensus.commandLine(pid));
			}
			catch (IOException ex) {
				return new Seen("", "");
			}
		}

	}

	/** The command line from /proc, arguments separated by spaces; empty when gone. */
	static String commandLine(long pid) {
		try {
			byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
			return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ').strip();
		}
		catch (IOException ex) {
			return "";
		}
	}

	/** The real user id from /proc/PID/status. */
	private static Optional<String> uid(long pid) {
		try {
			return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))
				.stream()
				.filter((line) -> line.startsWith("Uid:"))
				.map((line) -> line.substring(4).strip().split("\\s+")[0])
				.findFirst();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

}
