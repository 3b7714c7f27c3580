package dev.looplab.sandbox;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line that isolates a JVM: each host tool in its place, each left out when
 * the host lacks it.
 */
class IsolationCommandTests {

	private static final List<String> JAVA = List.of("/jdk/bin/java", "-Xmx64m", "-XX:AOTCache=/runner/runner.aot",
			"-cp", "/runner/looplab-runner.jar", "dev.looplab.runner.RunnerMain");

	private static final IsolationLimits LIMITS = new IsolationLimits(256L << 20, 128, 1.0, 25, 16L << 20, 128);

	private static final BubblewrapSandbox BWRAP = new BubblewrapSandbox(Path.of("/usr/bin/bwrap"), Path.of("/jdk"),
			List.of(Path.of("/lib/x86_64-linux-gnu"), Path.of("/etc/ld.so.cache")), Path.of("/usr/bin/env"), true,
			true);

	@Test
	void everythingTheHostOffersIsChainedInOrder() {
		CgroupSlot cgroup = new CgroupSlot(
				List.of(Path.of("/cg/memory/looplab/1-1/slot-3"), Path.of("/cg/pids/looplab/1-1/slot-3")), null, null);
		IsolationSupport support = new IsolationSupport(Path.of("/usr/bin/prlimit"), Path.of("/usr/bin/setpriv"), BWRAP,
				new CgroupV1Tree(java.util.Map.of()), new LinkedHashMap<>());
		List<String> command = IsolationCommand.wrap(support, JAVA, new IsolationSlot(3, 61003, cgroup, LIMITS));

		assertThat(command.subList(0, 8)).containsExactly("/bin/sh", "-c", IsolationCommand.JOIN_CGROUPS, "sh",
				"/cg/memory/looplab/1-1/slot-3/cgroup.procs", "/cg/pids/looplab/1-1/slot-3/cgroup.procs", "--",
				"/usr/bin/prlimit");
		assertThat(command).containsSubsequence("/usr/bin/prlimit", "--core=0:0", "--cpu=25:25",
				"--fsize=16777216:16777216", "--nofile=128:128", "--", "/usr/bin/setpriv", "--reuid=61003",
				"--regid=61003", "--clear-groups", "--no-new-privs", "--", "/usr/bin/bwrap");
		assertThat(command).containsSubsequence("/usr/bin/bwrap", "--unshare-all", "--die-with-parent", "--new-session",
				"--clearenv", "--uid", "61003", "--gid", "61003");
		assertThat(String.join(" ", command)).contains("--disable-userns")
			.contains("--ro-bind /jdk /jdk")
			.contains("--ro-bind /lib/x86_64-linux-gnu /lib/x86_64-linux-gnu")
			.contains("--proc /proc --size 16777216 --tmpfs /tmp --dir /tmp/work")
			.contains("--ro-bind /runner/looplab-runner.jar /runner/looplab-runner.jar")
			.contains("--ro-bind /runner/runner.aot /runner/runner.aot")
			.contains("--chdir /tmp/work -- /usr/bin/env -i /jdk/bin/java -Xmx64m")
			.doesNotContain("--share-net")
			.doesNotContain("--dev ");
		assertThat(command.subList(command.size() - JAVA.size(), command.size())).isEqualTo(JAVA);
	}

	@Test
	void theJarsAreBoundAfterTheTmpfsSoThatJarsUnderTmpShowThrough() {
		IsolationSupport support = new IsolationSupport(null, null, BWRAP, null, new LinkedHashMap<>());
		List<String> command = IsolationCommand.wrap(support, JAVA, new IsolationSlot(0, -1, null, LIMITS));

		assertThat(command.indexOf("/runner/looplab-runner.jar")).isGreaterThan(command.indexOf("--tmpfs"));
		assertThat(command).doesNotContain("--uid").doesNotContain("/bin/sh");
		assertThat(command.getFirst()).isEqualTo("/usr/bin/bwrap");
	}

	@Test
	void withoutAnyToolTheJavaCommandRunsAsItIs() {
		IsolationSupport none = new IsolationSupport(null, null, null, null, new LinkedHashMap<>());

		assertThat(IsolationCommand.wrap(none, JAVA, new IsolationSlot(0, -1, null, LIMITS))).isEqualTo(JAVA);
	}

	@Test
	void rlimitsAloneWrapTheJvmInPrlimit() {
		IsolationSupport rlimits = new IsolationSupport(Path.of("/usr/bin/prlimit"), null, null, null,
				new LinkedHashMap<>());
		List<String> command = IsolationCommand.wrap(rlimits, JAVA, new IsolationSlot(0, -1, null, LIMITS));

		assertThat(command.subList(0, 6)).containsExactly("/usr/bin/prlimit", "--core=0:0", "--cpu=25:25",
				"--fsize=16777216:16777216", "--nofile=128:128", "--");
		assertThat(command.subList(6, command.size())).isEqualTo(JAVA);
	}

	@Test
	void anOlderBubblewrapGetsNoOptionsItLacks() {
		BubblewrapSandbox old = new BubblewrapSandbox(Path.of("/usr/bin/bwrap"), Path.of("/jdk"), List.of(), null,
				false, false);
		List<String> command = old.wrap(JAVA, List.of(), -1, 1024);

		assertThat(command).doesNotContain("--disable-userns", "--size", "/usr/bin/env");
		assertThat(command).containsSubsequence("--tmpfs", "/tmp", "--chdir", "/tmp/work", "--", "/jdk/bin/java");
	}

	@Test
	void theFilesOfACommandLineAreItsClassPathAndArchives() {
		List<String> command = List.of("java", "-XX:SharedArchiveFile=/a/app.jsa", "-classpath",
				"/a/one.jar:/a/two.jar", "-XX:AOTCache=/a/app.aot", "Main");

		assertThat(IsolationCommand.filesOf(command)).containsExactly(Path.of("/a/app.jsa"), Path.of("/a/one.jar"),
				Path.of("/a/two.jar"), Path.of("/a/app.aot"));
	}

	@Test
	void theCgroupJoiningScriptJoinsEachGroupThenExecsTheRest() throws Exception {
		java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("join");
		java.nio.file.Path first = folder.resolve("a");
		java.nio.file.Path second = folder.resolve("b");
		Process shell = new ProcessBuilder("/bin/sh", "-c", IsolationCommand.JOIN_CGROUPS, "sh", first.toString(),
				second.toString(), "--", "/bin/sh", "-c", "echo ran as $$")
			.start();
		String output = new String(shell.getInputStream().readAllBytes()).strip();

		assertThat(shell.waitFor()).isZero();
		String pid = java.nio.file.Files.readString(first).strip();
		assertThat(java.nio.file.Files.readString(second).strip()).isEqualTo(pid);
		// exec keeps the pid: what runs is the process that joined.
		assertThat(output).isEqualTo("ran as " + pid);
		for (java.nio.file.Path file : List.of(first, second, folder)) {
			java.nio.file.Files.delete(file);
		}
	}

}
