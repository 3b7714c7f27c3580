package dev.looplab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An exercise of the bundled course as the load test needs it: its starter and its
 * reference solution (which the API never hands out) read from the content folder.
 */
record BundledExercise(String id, int maxScore, String starter, String reference) {

	private static final Pattern POINTS = Pattern.compile("(?m)^points:\\s*(\\d+)\\s*$");

	static BundledExercise read(Path content, String id) throws IOException {
		Path folder;
		try (Stream<Path> found = Files.find(content, 4,
				(path, attributes) -> attributes.isDirectory() && path.getFileName().toString().equals(id)
						&& path.getParent().getFileName().toString().equals("exercises"))) {
			folder = found.findFirst()
				.orElseThrow(() -> new IOException("No exercise folder named " + id + " under " + content));
		}
		Matcher points = POINTS.matcher(Files.readString(folder.resolve("exercise.md")));
		if (!points.find()) {
			throw new IOException(folder + "/exercise.md has no points");
		}
		return new BundledExercise(id, Integer.parseInt(points.group(1)), onlyJavaFile(folder.resolve("starter")),
				onlyJavaFile(folder.resolve("reference")));
	}

	private static String onlyJavaFile(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			List<Path> java = files.filter((file) -> file.toString().endsWith(".java")).toList();
			if (java.size() != 1) {
				throw new IOException(folder + " should hold exactly one .java file");
			}
			return Files.readString(java.getFirst());
		}
	}

}
