package dev.looplab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a report's section into a Markdown file between its start and end markers,
 * replacing the previous one and leaving the rest of the file alone (appended when the
 * file has no such section yet).
 */
final class MarkedSection {

	private MarkedSection() {
	}

	static void write(Path file, String start, String end, String section) throws IOException {
		String text = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n\n";
		int from = text.indexOf(start);
		int to = text.indexOf(end);
		String updated = (from >= 0 && to > from)
				? text.substring(0, from) + section + text.substring(to + end.length() + 1) : text + "\n" + section;
		Files.writeString(file, updated);
	}

}
