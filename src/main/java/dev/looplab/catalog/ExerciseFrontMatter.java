package dev.looplab.catalog;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The validated front matter of an exercise's {@code exercise.md}. Shares the value rules
 * of a chapter's front matter (ids, clocks, quoting); the keys are the exercise's own.
 */
record ExerciseFrontMatter(String id, String title, int order, String summary, int points, String clock, Long seed,
		ExerciseLimits limits) {

	private static final Set<String> KEYS = Set.of("id", "title", "order", "summary", "points", "clock", "seed",
			"cpu-seconds", "wall-seconds");

	/**
	 * A grading that needs more than five minutes is a mistake in the exercise, not a
	 * slow learner.
	 */
	private static final int MAX_SECONDS = 300;

	static ExerciseFrontMatter parse(Map<String, List<String>> data, String file) {
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
		String id = FrontMatter.scalar(data, "id", file);
		if (!FrontMatter.ID.matcher(id).matches()) {
			throw FrontMatter.bad(file, "id", id,
					"lower-case letters and digits joined by single hyphens, like 'four-pages-at-once'");
		}
		String clock = data.containsKey("clock") ? FrontMatter.scalar(data, "clock", file) : "virtual";
		if (!FrontMatter.CLOCKS.contains(clock)) {
			throw FrontMatter.bad(file, "clock", clock, "'virtual' (sleeps take no real time) or 'real'");
		}
		ExerciseLimits limits = new ExerciseLimits(
				seconds(data, "cpu-seconds", ExerciseLimits.DEFAULTS.cpuSeconds(), file),
				seconds(data, "wall-seconds", ExerciseLimits.DEFAULTS.wallSeconds(), file));
		return new ExerciseFrontMatter(id, FrontMatter.scalar(data, "title", file), number(data, "order", file),
				FrontMatter.scalar(data, "summary", file), positive(data, "points", file), clock, seed(data, file),
				limits);
	}

	private static int number(Map<String, List<String>> data, String key, String file) {
		String value = FrontMatter.scalar(data, key, file);
		if (!value.matches("\\d{1,6}")) {
			throw FrontMatter.bad(file, key, value, "a whole number, like 3");
		}
		return Integer.parseInt(value);
	}

	private static int positive(Map<String, List<String>> data, String key, String file) {
		int value = number(data, key, file);
		if (value == 0) {
			throw FrontMatter.bad(file, key, "0", "a whole number above 0");
		}
		return value;
	}

	private static int seconds(Map<String, List<String>> data, String key, int fallback, String file) {
		if (!data.containsKey(key)) {
			return fallback;
		}
		int value = positive(data, key, file);
		if (value > MAX_SECONDS) {
			throw FrontMatter.bad(file, key, String.valueOf(value), "at most " + MAX_SECONDS + " seconds");
		}
		return value;
	}

	private static Long seed(Map<String, List<String>> data, String file) {
		if (!data.containsKey("seed")) {
			return null;
		}
		String value = FrontMatter.scalar(data, "seed", file);
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw FrontMatter.bad(file, "seed", value,
					"a whole number (a long), like 42; leave the key out for the loop's first-in, first-out order");
		}
	}

}
