package dev.looplab.grading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.looplab.sandbox.SandboxEvent;
import dev.looplab.sandbox.Verdict;

/**
 * Turns what the sandbox reported into feedback. The score is the points of the passed
 * tests, as the test files declare them (the server reads them from the source, so
 * nothing inside the sandbox can raise them), each test counted once. A test the sandbox
 * never reported (the code did not compile, a limit stopped the JVM) fails with the
 * reason grading stopped, so that every test the learner is graded on shows with its
 * points.
 */
final class Scoring {

	private Scoring() {
	}

	/**
	 * Whether the sandbox itself broke, so that the result says nothing about the
	 * learner's code and grading should be tried again.
	 */
	static boolean graderBroke(SandboxEvent.Finished end) {
		return end.verdict() == Verdict.CRASHED;
	}

	static Feedback score(GradingRecorder recorded, SandboxEvent.Finished end,
			List<ExpectedTests.ExpectedTest> expected, int maxScore) {
		Map<String, ExpectedTests.ExpectedTest> declared = new HashMap<>();
		expected.forEach((test) -> declared.putIfAbsent(ExpectedTests.key(test.name()), test));
		List<TestOutcome> tests = new ArrayList<>();
		Set<String> reported = new HashSet<>();
		for (SandboxEvent.TestResult result : recorded.results()) {
			String key = ExpectedTests.key(result.name());
			if (!reported.add(key)) {
				// A test counts once, however often a result with its name arrives.
				continue;
			}
			// A declared test is worth what its source says, whatever the sandbox claims;
			// others (the invocations of a parameterised test) what the runner read from
			// their @Points.
			ExpectedTests.ExpectedTest test = declared.get(key);
			int worth = (test != null) ? test.points() : result.maxPoints();
			tests.add(new TestOutcome(result.name(), result.passed(), result.passed() ? worth : 0, worth,
					result.message(), result.programRun()));
		}
		String why = unreportedMessage(end);
		int counted = tests.stream().mapToInt(TestOutcome::maxPoints).sum();
		for (ExpectedTests.ExpectedTest test : expected) {
			// A name that does not match what the sandbox reported must not push the
			// total over the exercise's maximum.
			if (!reported.contains(ExpectedTests.key(test.name())) && counted + test.points() <= maxScore) {
				tests.add(new TestOutcome(test.name(), false, 0, test.points(), why, 0));
				counted += test.points();
			}
		}
		if (counted < maxScore) {
			tests.add(new TestOutcome("Tests that did not report", false, 0, maxScore - counted, why, 0));
		}
		int score = Math.min(maxScore, tests.stream().mapToInt(TestOutcome::points).sum());
		return new Feedback(SubmissionStatus.GRADED, score, maxScore, message(end, tests, score, maxScore), tests,
				recorded.programRuns(), recorded.diagnostics());
	}

	private static String unreportedMessage(SandboxEvent.Finished end) {
		return switch (end.verdict()) {
			case COMPILE_ERROR, REJECTED -> "Not run: " + end.message();
			case OK -> "This test did not report a result. Submit again; if it keeps happening, tell your instructor.";
			default -> "Not run: the tests were stopped before this one finished. " + end.message();
		};
	}

	private static String message(SandboxEvent.Finished end, List<TestOutcome> tests, int score, int maxScore) {
		long passed = tests.stream().filter(TestOutcome::passed).count();
		String points = "%d of %d point%s".formatted(score, maxScore, (maxScore == 1) ? "" : "s");
		return switch (end.verdict()) {
			case COMPILE_ERROR, REJECTED -> end.message();
			case OK -> (passed == tests.size()) ? "All %d tests pass: %s.".formatted(tests.size(), points)
					: "%d of %d tests pass: %s. Each failed test says what it expected and what happened."
						.formatted(passed, tests.size(), points);
			default -> "%s. The tests were stopped early: %s".formatted(capitalized(points), end.message());
		};
	}

	private static String capitalized(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
