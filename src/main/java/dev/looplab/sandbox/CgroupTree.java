package dev.looplab.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The cgroups of one sandbox owner (a pool or a compiler) in this server: a folder named
 * after the server's pid under which each isolated JVM gets a slot folder with its
 * limits.
 */
sealed interface CgroupTree permits CgroupV1Tree, CgroupV2Tree {

	/**
	 * Names the folder of each tree; the pid lets a later server clean up after this one.
	 */
	AtomicInteger TREES = new AtomicInteger();

	Pattern OWNER_FOLDER = Pattern.compile("(\\d+)-\\d+");

	/** The controllers that limit, in {@link CgroupMounts#CONTROLLERS} order. */
	List<String> controllers();

	/** Creates a slot folder with the limits written in. */
	CgroupSlot create(String name, IsolationLimits limits) throws IOException;

	/** Removes the owner folder; slots must have been removed first. */
	void close();

	/**
	 * The tree this host allows: cgroup v1 when the memory or pids controller is mounted
	 * as v1, otherwise v2 under the server's own (delegated) cgroup.
	 * @throws IOException with the reason when there is none that works
	 */
	static CgroupTree detect(CgroupMounts mounts) throws IOException {
		String owner = ProcessHandle.current().pid() + "-" + TREES.incrementAndGet();
		if (mounts.v1Roots().containsKey("memory") || mounts.v1Roots().containsKey("pids")) {
			return CgroupV1Tree.create(mounts.v1Roots(), owner);
		}
		if (mounts.v2Own() != null) {
			return CgroupV2Tree.create(mounts.v2Own(), owner);
		}
		throw new IOException("no cgroup memory or pids controller is mounted");
	}

	/**
	 * Removes owner folders left by servers that died without cleaning up (their pid is
	 * gone), with whatever is still inside them.
	 */
	static void removeAbandoned(Path parent) {
		try (Stream<Path> owners = Files.list(parent)) {
			owners.filter(Files::isDirectory).forEach((owner) -> {
				Matcher name = OWNER_FOLDER.matcher(owner.getFileName().toString());
				if (name.matches() && ProcessHandle.of(Long.parseLong(name.group(1))).isEmpty()) {
					try (Stream<Path> slots = Files.list(owner)) {
						slots.filter(Files::isDirectory)
							.forEach((slot) -> new CgroupSlot(List.of(slot), null, null).remove());
						Files.deleteIfExists(owner);
					}
					catch (IOException ex) {
						// Another server may be cleaning the same folder; it is not ours
						// to fuss about.
					}
				}
			});
		}
		catch (IOException ex) {
			// No parent folder yet: nothing was left behind.
		}
	}

	/**
	 * Writes a value to a cgroup control file (no truncation, which some kernels reject).
	 */
	static void write(Path file, String value) throws IOException {
		Files.writeString(file, value, java.nio.file.StandardOpenOption.WRITE);
	}

}
