package dev.looplab.catalog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the points a hidden test class gives out from its {@code @Points(n)} annotations,
 * so that a {@code points} key that disagrees with its tests stops the start-up instead
 * of capping learners below (or above) full marks. CI checks the same sum again from the
 * tests the sandbox actually ran.
 */
final class TestPoints {

	private static final Pattern POINTS = Pattern.compile("@Points\\s*\\(\\s*(?:value\\s*=\\s*)?(\\d{1,6})\\s*\\)");

	/** Comments may mention {@code @Points} without giving any. */
	private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

	private TestPoints() {
	}

	static int sum(ExerciseFile test) {
		Matcher points = POINTS.matcher(COMMENT.matcher(test.content()).replaceAll(" "));
		int sum = 0;
		while (points.find()) {
			sum += Integer.parseInt(points.group(1));
		}
		return sum;
	}

}
