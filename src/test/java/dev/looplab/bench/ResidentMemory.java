package dev.looplab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Resident set sizes read from {@code /proc}, in MiB.
 */
final class ResidentMemory {

	private ResidentMemory() {
	}

	static double of(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
				}
			}
		}
		catch (IOException ex) {
			// The process is gone.
		}
		return 0;
	}

	/** The RSS of each direct child process (the idle sandbox JVMs of the pool). */
	static List<Double> ofChildren(long pid) {
		return ProcessHandle.of(pid)
			.map((server) -> server.children().map((child) -> of(child.pid())).filter((rss) -> rss > 0).toList())
			.orElse(List.of());
	}

}
