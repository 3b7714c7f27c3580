package dev.looplab.sandbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the command line that starts a JVM isolated in a slot. Each tool does one thing
 * and then execs the next, so the JVM ends up as the same process tree:
 * <ol>
 * <li>{@code sh} writes its own pid into the slot's cgroups, so everything after it, the
 * JVM included, is limited from its first instruction;</li>
 * <li>{@code prlimit} sets RLIMIT_CPU, RLIMIT_FSIZE, RLIMIT_NOFILE and
 * RLIMIT_CORE=0;</li>
 * <li>{@code setpriv} drops root for the slot's own user and forbids gaining privileges
 * again;</li>
 * <li>{@code bwrap} builds the namespaces and the file system view.</li>
 * </ol>
 * Every step is left out where the host does not provide it.
 */
final class IsolationCommand {

	/**
	 * Joins each cgroup named before {@code --}, then runs what follows it; exits 125
	 * (and says why on stderr) when a cgroup cannot be joined.
	 */
	static final String JOIN_CGROUPS = "for f; do if [ \"$f\" = -- ]; then shift; exec \"$@\"; fi; "
			+ "echo $$ > \"$f\" || exit 125; shift; done; exit 125";

	private IsolationCommand() {
	}

	static List<String> wrap(IsolationSupport support, List<String> javaCommand, IsolationSlot slot) {
		List<String> command = new ArrayList<>();
		if (support.cgroups() != null && slot.cgroup() != null) {
			command.addAll(List.of("/bin/sh", "-c", JOIN_CGROUPS, "sh"));
			slot.cgroup().procsFiles().forEach((file) -> command.add(file.toString()));
			command.add("--");
		}
		IsolationLimits limits = slot.limits();
		if (support.prlimit() != null) {
			command.addAll(List.of(support.prlimit().toString(), "--core=0:0", both("--cpu", limits.cpuSeconds()),
					both("--fsize", limits.fileSizeBytes()), both("--nofile", limits.openFiles()), "--"));
		}
		boolean switchUser = support.setpriv() != null && slot.uid() >= 0;
		if (switchUser) {
			command.addAll(List.of(support.setpriv().toString(), "--reuid=" + slot.uid(), "--regid=" + slot.uid(),
					"--clear-groups", "--no-new-privs", "--"));
		}
		if (support.bubblewrap() != null) {
			command.addAll(support.bubblewrap()
				.wrap(javaCommand, filesOf(javaCommand), switchUser ? slot.uid() : -1, limits.fileSizeBytes()));
		}
		else {
			command.addAll(javaCommand);
		}
		return command;
	}

	/**
	 * The files a JVM command line names that the sandbox must see: class path entries,
	 * an executable jar and CDS or AOT archives.
	 */
	static List<Path> filesOf(List<String> javaCommand) {
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < javaCommand.size(); i++) {
			String arg = javaCommand.get(i);
			boolean takesNext = arg.equals("-cp") || arg.equals("-classpath") || arg.equals("--class-path")
					|| arg.equals("-jar");
			if (takesNext && i + 1 < javaCommand.size()) {
				for (String entry : javaCommand.get(++i).split(":")) {
					if (!entry.isEmpty()) {
						files.add(Path.of(entry));
					}
				}
			}
			else if (arg.startsWith("-XX:AOTCache=") || arg.startsWith("-XX:SharedArchiveFile=")) {
				files.add(Path.of(arg.substring(arg.indexOf('=') + 1)));
			}
		}
		return files;
	}

	private static String both(String option, long value) {
		return option + "=" + value + ":" + value;
	}

}
