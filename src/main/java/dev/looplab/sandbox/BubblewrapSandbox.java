package dev.looplab.sandbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The bubblewrap command line around a JVM: every namespace new (so no network but a
 * private loopback, no other process, no host IPC), nothing of the host's file system but
 * read-only binds of the JDK, its libraries and the jars on the class path, a size-capped
 * private {@code /tmp} to work in, and an empty environment.
 *
 * @param bwrap the bubblewrap executable
 * @param javaHome the JDK, bound where the command expects it
 * @param systemBinds host folders and files the JVM needs (libraries, the loader's cache,
 * {@code env})
 * @param env the {@code env} executable that clears what bubblewrap itself sets
 * ({@code PWD}), or null to leave that one variable
 * @param canDisableUserns whether this bubblewrap has {@code --disable-userns} (0.8+),
 * which stops the program from making user namespaces of its own
 * @param canSizeTmp whether this bubblewrap has {@code --size} (0.5+); without it the
 * private {@code /tmp} is bounded only by the memory cgroup and RLIMIT_FSIZE
 */
record BubblewrapSandbox(Path bwrap, Path javaHome, List<Path> systemBinds, Path env, boolean canDisableUserns,
		boolean canSizeTmp) {

	static final String WORK_DIRECTORY = "/tmp/work";

	/**
	 * The arguments up to and including the command.
	 * @param command the JVM's command line
	 * @param ownBinds files of the command (jars, AOT cache) to bind read-only where they
	 * are
	 * @param uid the user id inside (and, when the server switched to it, outside), or -1
	 * to keep the caller's
	 * @param tmpBytes size of the private {@code /tmp}
	 */
	List<String> wrap(List<String> command, List<Path> ownBinds, int uid, long tmpBytes) {
		List<String> args = new ArrayList<>(List.of(this.bwrap.toString(), "--unshare-all", "--unshare-user",
				"--die-with-parent", "--new-session", "--clearenv", "--cap-drop", "ALL"));
		if (this.canDisableUserns) {
			args.add("--disable-userns");
		}
		if (uid >= 0) {
			args.addAll(List.of("--uid", Integer.toString(uid), "--gid", Integer.toString(uid)));
		}
		bind(args, this.javaHome);
		this.systemBinds.forEach((path) -> bind(args, path));
		if (this.env != null) {
			bind(args, this.env);
		}
		args.addAll(List.of("--proc", "/proc"));
		if (this.canSizeTmp) {
			args.addAll(List.of("--size", Long.toString(tmpBytes)));
		}
		args.addAll(List.of("--tmpfs", "/tmp", "--dir", WORK_DIRECTORY));
		// After the tmpfs, so that jars kept under the host's /tmp show through it.
		ownBinds.forEach((path) -> bind(args, path));
		args.addAll(List.of("--chdir", WORK_DIRECTORY, "--"));
		if (this.env != null) {
			args.addAll(List.of(this.env.toString(), "-i"));
		}
		args.addAll(command);
		return args;
	}

	private static void bind(List<String> args, Path path) {
		args.addAll(List.of("--ro-bind", path.toString(), path.toString()));
	}

}
