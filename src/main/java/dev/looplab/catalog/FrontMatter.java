package dev.looplab.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The validated front matter of a {@code chapter.md}. Every problem is reported with the
 * file and the key, because a chapter that loads half-way would show learners a broken
 * page instead of stopping the author at start-up.
 */
record FrontMatter(String id, String title, int order, String summary, List<String> examples, String clock) {

	private static final Set<String> KEYS = Set.of("id", "title", "order", "summary", "examples", "clock");

	/**
	 * Which clock the examples start with; learners can switch it beside the Run button.
	 */
	static final Set<String> CLOCKS = Set.of("virtual", "real");

	/** Ids appear in URLs: lower-case words joined by single hyphens. */
	static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	/** A Java file holds one public class and is named after it. */
	static final Pattern JAVA_FILE = Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*\\.java");

	static FrontMatter parse(Map<String, List<String>> data, String file) {
		if (data.isEmpty()) {
			throw new ContentException(file + ": no front matter; start the file with a '---' line, the keys "
					+ new TreeSet<>(KEYS) + ", and another '---' line");
		}
		Set<String> unknown = new TreeSet<>(data.keySet());
		unknown.removeAll(KEYS);
		if (!unknown.isEmpty()) {
			throw new ContentException(
					file + ": unknown front matter key(s) " + unknown + "; allowed are " + new TreeSet<>(KEYS));
		}
		String id = scalar(data, "id", file);
		if (!ID.matcher(id).matches()) {
			throw bad(file, "id", id, "lower-case letters and digits joined by single hyphens, like 'event-loops'");
		}
		String order = scalar(data, "order", file);
		if (!order.matches("\\d{1,6}")) {
			throw bad(file, "order", order, "a whole number, like 3");
		}
		String clock = data.containsKey("clock") ? scalar(data, "clock", file) : "virtual";
		if (!CLOCKS.contains(clock)) {
			throw bad(file, "clock", clock, "'virtual' (sleeps take no real time) or 'real'");
		}
		return new FrontMatter(id, scalar(data, "title", file), Integer.parseInt(order), scalar(data, "summary", file),
				examples(data, file), clock);
	}

	static String scalar(Map<String, List<String>> data, String key, String file) {
		List<String> values = data.get(key);
		if (values == null) {
			throw new ContentException(file + ": front matter key '" + key + "' is missing");
		}
		if (values.isEmpty()) {
			throw new ContentException(file + ": front matter key '" + key + "' is empty");
		}
		if (values.size() > 1) {
			throw new ContentException(
					file + ": front matter key '" + key + "' must have exactly one value, found " + values.size());
		}
		String value = unquote(values.getFirst().strip());
		if (value.isBlank()) {
			throw new ContentException(file + ": front matter key '" + key + "' is empty");
		}
		return value;
	}

	private static List<String> examples(Map<String, List<String>> data, String file) {
		List<String> names = data.getOrDefault("examples", List.of())
			.stream()
			.map((name) -> unquote(name.strip()))
			.filter((name) -> !name.equals("[]"))
			.toList();
		Set<String> seen = new HashSet<>();
		for (String name : names) {
			if (!JAVA_FILE.matcher(name).matches()) {
				throw bad(file, "examples", name, "a Java file name named after its public class, like 'Crawler.java'");
			}
			if (!seen.add(name)) {
				throw bad(file, "examples", name, "each file listed once");
			}
		}
		return names;
	}

	static ContentException bad(String file, String key, String value, String expected) {
		return new ContentException(
				file + ": front matter key '" + key + "' has the bad value '" + value + "'; expected " + expected);
	}

	/** The front matter parser keeps quotes; YAML authors expect them to be stripped. */
	static String unquote(String value) {
		boolean quoted = value.length() >= 2
				&& (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"));
		return quoted ? value.substring(1, value.length() - 1) : value;
	}

}
