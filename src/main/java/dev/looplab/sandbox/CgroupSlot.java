package dev.looplab.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The cgroup (one folder per v1 hierarchy, or one v2 folder) that holds one isolated JVM
 * and everything it starts. It remembers whether a limit was hit, so that the answer
 * survives the folder's removal.
 */
final class CgroupSlot {

	private final List<Path> folders;

	private final Path memoryEvents;

	private final Path pidsEvents;

	private boolean removed;

	private boolean memoryLimitHit;

	private boolean processLimitHit;

	/**
	 * @param folders the slot's folders, one per hierarchy
	 * @param memoryEvents the file that counts OOM kills ({@code memory.oom_control} in
	 * v1, {@code memory.events} in v2), or null without a memory controller
	 * @param pidsEvents {@code pids.events}, or null without a pids controller
	 */
	CgroupSlot(List<Path> folders, Path memoryEvents, Path pidsEvents) {
		this.folders = List.copyOf(folders);
		this.memoryEvents = memoryEvents;
		this.pidsEvents = pidsEvents;
	}

	/** The files a process writes its pid to in order to join this slot. */
	List<Path> procsFiles() {
		return this.folders.stream().map((folder) -> folder.resolve("cgroup.procs")).toList();
	}

	/**
	 * Sets the slot's share of the CPU when the cores are contended, 1.0 being the
	 * default ({@code cpu.shares} 1024 in v1, {@code cpu.weight} 100 in v2); best effort,
	 * since a host without the cpu controller has neither file.
	 */
	synchronized void cpuShare(double share) {
		for (Path folder : this.folders) {
			try {
				if (Files.exists(folder.resolve("cpu.shares"))) {
					CgroupTree.write(folder.resolve("cpu.shares"),
							Long.toString(Math.max(2, Math.round(1024 * share))));
				}
				else if (Files.exists(folder.resolve("cpu.weight"))) {
					CgroupTree.write(folder.resolve("cpu.weight"), Long.toString(Math.max(1, Math.round(100 * share))));
				}
			}
			catch (IOException ex) {
				// The slot keeps the default share: only the order under load changes.
			}
		}
	}

	/** Whether the kernel killed a process here for going over the memory limit. */
	synchronized boolean memoryLimitHit() {
		return this.removed ? this.memoryLimitHit : counter(this.memoryEvents, "oom_kill") > 0;
	}

	/** Whether a process or thread could not start because of the process limit. */
	synchronized boolean processLimitHit() {
		return this.removed ? this.processLimitHit : counter(this.pidsEvents, "max") > 0;
	}

	/**
	 * Kills whatever is still inside and removes the folders. Retries for a while, since
	 * the kernel lets a folder go only once its last process has been reaped.
	 * @return whether every folder is gone
	 */
	synchronized boolean remove() {
		if (this.removed) {
			return true;
		}
		this.memoryLimitHit = counter(this.memoryEvents, "oom_kill") > 0;
		this.processLimitHit = counter(this.pidsEvents, "max") > 0;
		for (int attempt = 0; attempt < 100; attempt++) {
			killMembers();
			if (removeFolders()) {
				this.removed = true;
				return true;
			}
			sleepBriefly();
		}
		return false;
	}

	private void killMembers() {
		for (Path procs : procsFiles()) {
			try {
				Files.readAllLines(procs)
					.stream()
					.filter((line) -> !line.isBlank())
					.map((line) -> ProcessHandle.of(Long.parseLong(line.strip())))
					.forEach((process) -> process.ifPresent(ProcessHandle::destroyForcibly));
			}
			catch (NoSuchFileException ex) {
				// Already removed.
			}
			catch (IOException ex) {
				// Unreadable for the moment; the next attempt tries again.
			}
		}
	}

	private boolean removeFolders() {
		boolean all = true;
		for (Path folder : this.folders) {
			try {
				Files.deleteIfExists(folder);
			}
			catch (IOException ex) {
				all = false;
			}
		}
		return all;
	}

	/** A named counter in a flat-keyed cgroup file, 0 when it cannot be read. */
	static long counter(Path file, String key) {
		if (file == null) {
			return 0;
		}
		try {
			for (String line : Files.readAllLines(file)) {
				String[] parts = line.strip().split("\\s+");
				if (parts.length == 2 && parts[0].equals(key)) {
					return Long.parseLong(parts[1]);
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			// A missing or odd file counts as nothing hit.
		}
		return 0;
	}

	private static void sleepBriefly() {
		try {
			Thread.sleep(10);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
