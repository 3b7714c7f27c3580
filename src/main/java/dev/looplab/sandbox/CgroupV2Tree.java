package dev.looplab.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * cgroup v2: a subtree of the server's own cgroup, which must be delegated to it (a
 * systemd unit with {@code Delegate=yes}, or a container with its own cgroup namespace
 * and a writable {@code /sys/fs/cgroup}). v2 lets a group with processes in it hand
 * controllers to its children only at the root, so when the server's own group has none
 * enabled yet, the server first moves itself into a leaf beside its sandboxes.
 */
record CgroupV2Tree(Path owner, List<String> controllers) implements CgroupTree {

	static CgroupV2Tree create(Path own, String ownerName) throws IOException {
		List<String> available = Arrays.asList(Files.readString(own.resolve("cgroup.controllers")).strip().split(" "));
		List<String> wanted = CgroupMounts.CONTROLLERS.stream().filter(available::contains).toList();
		if (!wanted.contains("memory") && !wanted.contains("pids")) {
			throw new IOException("cgroup v2: " + own + " offers neither the memory nor the pids controller");
		}
		Path parent = own.resolve("looplab");
		try {
			enable(own, wanted);
		}
		catch (IOException busy) {
			// Only possible when the server's own group has no other processes.
			Path leaf = Files.createDirectories(own.resolve("looplab-server"));
			CgroupTree.write(leaf.resolve("cgroup.procs"), Long.toString(ProcessHandle.current().pid()));
			try {
				enable(own, wanted);
			}
			catch (IOException ex) {
				throw new IOException("cgroup v2: cannot enable " + wanted + " for the children of " + own
						+ " (other processes share it?): " + ex.getMessage(), ex);
			}
		}
		Files.createDirectories(parent);
		enable(parent, wanted);
		CgroupTree.removeAbandoned(parent);
		Path owner = Files.createDirectories(parent.resolve(ownerName));
		enable(owner, wanted);
		return new CgroupV2Tree(owner, wanted);
	}

	private static void enable(Path group, List<String> controllers) throws IOException {
		List<String> enabled = Arrays
			.asList(Files.readString(group.resolve("cgroup.subtree_control")).strip().split(" "));
		for (String controller : controllers) {
			if (!enabled.contains(controller)) {
				CgroupTree.write(group.resolve("cgroup.subtree_control"), "+" + controller);
			}
		}
	}

	@Override
	public CgroupSlot create(String name, IsolationLimits limits) throws IOException {
		Path folder = Files.createDirectories(this.owner.resolve(name));
		try {
			if (this.controllers.contains("memory")) {
				CgroupTree.write(folder.resolve("memory.max"), Long.toString(limits.memoryBytes()));
				if (Files.exists(folder.resolve("memory.swap.max"))) {
					CgroupTree.write(folder.resolve("memory.swap.max"), "0");
				}
			}
			if (this.controllers.contains("pids")) {
				CgroupTree.write(folder.resolve("pids.max"), Integer.toString(limits.maxProcesses()));
			}
			if (this.controllers.contains("cpu")) {
				long period = 100_000;
				CgroupTree.write(folder.resolve("cpu.max"), limits.cpuQuotaMicros(period) + " " + period);
			}
		}
		catch (IOException ex) {
			new CgroupSlot(List.of(folder), null, null).remove();
			throw ex;
		}
		return new CgroupSlot(List.of(folder),
				this.controllers.contains("memory") ? folder.resolve("memory.events") : null,
				this.controllers.contains("pids") ? folder.resolve("pids.events") : null);
	}

	@Override
	public void close() {
		try {
			Files.deleteIfExists(this.owner);
		}
		catch (IOException ex) {
			// A slot still being removed keeps it; the next server start cleans it up.
		}
	}

}
