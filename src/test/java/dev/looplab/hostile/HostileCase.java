package dev.looplab.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One hostile program: a folder with {@code Main.java} and {@code expected.txt}.
 *
 * @param name the folder's name
 * @param source the bytes of {@code Main.java}
 * @param expected what must come of it, placeholders filled in
 */
record HostileCase(String name, byte[] source, HostileExpectation expected) {

	private static final String FORBIDDEN_MARK = "// forbidden";

	/**
	 * Every case under the folder: by name, the ones marked {@code order: last} at the
	 * end.
	 */
	static List<HostileCase> all(Path folder, Placeholders placeholders) throws IOException {
		try (Stream<Path> cases = Files.list(folder)) {
			return cases.filter(Files::isDirectory)
				.map((dir) -> load(dir, placeholders))
				.sorted(Comparator.comparing((HostileCase c) -> "last".equals(c.expected().value("order")))
					.thenComparing(HostileCase::name))
				.toList();
		}
	}

	private static HostileCase load(Path folder, Placeholders placeholders) {
		try {
			byte[] source = Files.readAllBytes(folder.resolve("Main.java"));
			String line = forbiddenLine(new String(source, StandardCharsets.ISO_8859_1));
			List<String> expectations = Files.readAllLines(folder.resolve("expected.txt"))
				.stream()
				.map((text) -> placeholders.fill(text.replace("${LINE}", line)))
				.toList();
			return new HostileCase(folder.getFileName().toString(), source, HostileExpectation.parse(expectations));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the case in " + folder, ex);
		}
	}

	/** The request body that submits this program. */
	byte[] requestBody(Placeholders placeholders) {
		if ("raw".equals(this.expected.value("send"))) {
			return RequestBodies.raw(this.source);
		}
		String text = placeholders.fill(new String(this.source, StandardCharsets.UTF_8));
		String padTo = this.expected.value("pad-to");
		return RequestBodies.escaped((padTo != null) ? padded(text, Integer.parseInt(padTo)) : text);
	}

	private static String padded(String source, int bytes) {
		StringBuilder padded = new StringBuilder(source);
		String comment = "// padding that makes the source large, and nothing else" + "!".repeat(40) + "\n";
		while (padded.length() < bytes) {
			padded.append(comment);
		}
		return padded.toString();
	}

	private static String forbiddenLine(String source) {
		List<String> lines = source.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(FORBIDDEN_MARK)) {
				return Integer.toString(i + 1);
			}
		}
		return "(no line marked " + FORBIDDEN_MARK + ")";
	}

	@Override
	public String toString() {
		return this.name;
	}

}
