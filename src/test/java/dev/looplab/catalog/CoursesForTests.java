package dev.looplab.catalog;

import java.nio.file.Path;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Gives tests of other packages the course exactly as the application reads it at
 * start-up, from the project's {@code content/} folder or from another folder laid out
 * like it. The sandbox's exercise validation uses it to grade every bundled exercise.
 */
public final class CoursesForTests {

	private CoursesForTests() {
	}

	/** The course that ships with Looplab. */
	public static Course bundled() {
		return load(Path.of("content"));
	}

	/**
	 * The course in {@code folder}.
	 * @throws RuntimeException (a {@code ContentException}) naming the broken file or
	 * exercise folder, as at start-up
	 */
	public static Course load(Path folder) {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		return new CourseLoader(resolver).load(ContentRoot.locate(folder.toString(), resolver));
	}

}
