package dev.looplab.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * cgroup v1: one folder per controller hierarchy, under {@code <hierarchy>/looplab/}. A
 * server that runs as root owns the v1 hierarchies (in a container, the namespace's
 * root), so the sandbox's groups live beside the server's rather than inside a group that
 * some supervisor of the server may want to remove.
 */
record CgroupV1Tree(Map<String, Path> owners) implements CgroupTree {

	static CgroupV1Tree create(Map<String, Path> roots, String owner) throws IOException {
		Map<String, Path> owners = new LinkedHashMap<>();
		List<String> failures = new ArrayList<>();
		for (String controller : CgroupMounts.CONTROLLERS) {
			Path root = roots.get(controller);
			if (root == null) {
				continue;
			}
			Path parent = root.resolve("looplab");
			try {
				Files.createDirectories(parent);
				CgroupTree.removeAbandoned(parent);
				owners.put(controller, Files.createDirectories(parent.resolve(owner)));
			}
			catch (IOException ex) {
				failures.add(controller + ": cannot create " + parent.resolve(owner) + " (" + ex.getMessage() + ")");
			}
		}
		if (owners.isEmpty()) {
			throw new IOException("cgroup v1: " + String.join("; ", failures));
		}
		return new CgroupV1Tree(Map.copyOf(owners));
	}

	@Override
	public List<String> controllers() {
		return CgroupMounts.CONTROLLERS.stream().filter(this.owners::containsKey).toList();
	}

	@Override
	public CgroupSlot create(String name, IsolationLimits limits) throws IOException {
		List<Path> folders = new ArrayList<>();
		Path memory = null;
		Path pids = null;
		try {
			for (String controller : controllers()) {
				Path folder = Files.createDirectories(this.owners.get(controller).resolve(name));
				folders.add(folder);
				switch (controller) {
					case "memory" -> memory = limitMemory(folder, limits.memoryBytes());
					case "pids" -> pids = limitProcesses(folder, limits.maxProcesses());
					default -> limitCpu(folder, limits);
				}
			}
		}
		catch (IOException ex) {
			new CgroupSlot(folders, null, null).remove();
			throw ex;
		}
		return new CgroupSlot(folders, memory, pids);
	}

	private static Path limitMemory(Path folder, long bytes) throws IOException {
		CgroupTree.write(folder.resolve("memory.limit_in_bytes"), Long.toString(bytes));
		Path withSwap = folder.resolve("memory.memsw.limit_in_bytes");
		if (Files.exists(withSwap)) {
			// Memory plus swap equal to memory: the limit cannot be dodged by swapping.
			CgroupTree.write(withSwap, Long.toString(bytes));
		}
		else {
			CgroupTree.write(folder.resolve("memory.swappiness"), "0");
		}
		return folder.resolve("memory.oom_control");
	}

	private static Path limitProcesses(Path folder, int max) throws IOException {
		CgroupTree.write(folder.resolve("pids.max"), Integer.toString(max));
		return folder.resolve("pids.events");
	}

	private static void limitCpu(Path folder, IsolationLimits limits) throws IOException {
		long period = Long.parseLong(Files.readString(folder.resolve("cpu.cfs_period_us")).strip());
		CgroupTree.write(folder.resolve("cpu.cfs_quota_us"), Long.toString(limits.cpuQuotaMicros(period)));
	}

	@Override
	public void close() {
		for (Path owner : this.owners.values()) {
			try {
				Files.deleteIfExists(owner);
			}
			catch (IOException ex) {
				// A slot still being removed keeps it; the next server start cleans it
				// up.
			}
		}
	}

}
