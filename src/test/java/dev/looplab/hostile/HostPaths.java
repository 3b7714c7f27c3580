package dev.looplab.hostile;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the files on the host that a pattern names, where {@code *} in a name matches any
 * text within that name (as in {@code /tmp/looplab-*}{@code /probe.txt}).
 */
final class HostPaths {

	private HostPaths() {
	}

	static List<Path> matching(String pattern) throws IOException {
		List<Path> found = List.of(Path.of("/"));
		for (String name : pattern.split("/")) {
			if (name.isEmpty()) {
				continue;
			}
			List<Path> next = new ArrayList<>();
			for (Path directory : found) {
				if (!name.contains("*")) {
					next.add(directory.resolve(name));
				}
				else if (Files.isDirectory(directory)) {
					try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, name)) {
						entries.forEach(next::add);
					}
				}
			}
			found = next;
		}
		return found.stream().filter(Files::exists).toList();
	}

}
