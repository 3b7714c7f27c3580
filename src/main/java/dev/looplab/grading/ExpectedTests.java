package dev.looplab.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.looplab.catalog.ExerciseFile;

/**
 * The tests an exercise's test files declare, read from their source: each method
 * annotated {@code @Test}, named by its {@code @DisplayName} (or else its method name),
 * worth its {@code @Points} (or else 1). When the sandbox stops before every test has
 * reported (a time limit, a compile error), these are the tests to fail by name.
 */
final class ExpectedTests {

	/** An annotation with optional arguments, which may hold quoted parentheses. */
	private static final String ANNOTATION = "@[\\w.]+(?:\\s*\\((?:\"(?:[^\"\\\\]|\\\\.)*\"|[^)\"])*\\))?";

	private static final Pattern TEST_METHOD = Pattern.compile(
			"((?:" + ANNOTATION + "\\s*)+)(?:(?:public|protected|private|static|final)\\s+)*void\\s+(\\w+)\\s*\\(");

	private static final Pattern TEST = Pattern.compile("@(?:org\\.junit\\.jupiter\\.api\\.)?Test\\b(?!\\w)");

	private static final Pattern POINTS = Pattern
		.compile("@(?:[\\w.]+\\.)?Points\\s*\\(\\s*(?:value\\s*=\\s*)?(\\d+)\\s*\\)");

	private static final Pattern DISPLAY_NAME = Pattern
		.compile("@(?:[\\w.]+\\.)?DisplayName\\s*\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)");

	private ExpectedTests() {
	}

	/** One declared test: its name as the sandbox reports it and its points. */
	record ExpectedTest(String name, int points) {
	}

	static List<ExpectedTest> of(List<ExerciseFile> files) {
		List<ExpectedTest> tests = new ArrayList<>();
		for (ExerciseFile file : files) {
			Matcher method = TEST_METHOD.matcher(withoutComments(file.content()));
			while (method.find()) {
				String annotations = method.group(1);
				if (!TEST.matcher(annotations).find()) {
					continue;
				}
				Matcher points = POINTS.matcher(annotations);
				Matcher displayName = DISPLAY_NAME.matcher(annotations);
				tests.add(new ExpectedTest(displayName.find() ? unescape(displayName.group(1)) : method.group(2),
						points.find() ? Integer.parseInt(points.group(1)) : 1));
			}
		}
		return tests;
	}

	/** Names compare without a trailing "()", which JUnit adds to method names. */
	static String key(String name) {
		String trimmed = name.strip();
		return trimmed.endsWith("()") ? trimmed.substring(0, trimmed.length() - 2) : trimmed;
	}

	private static String withoutComments(String source) {
		return source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)^\\s*//.*$", "");
	}

	private static String unescape(String literal) {
		return literal.replace("\\\"", "\"").replace("\\\\", "\\");
	}

}
