package dev.looplab.grading;

/**
 * One test's result in a submission's (or a check's) feedback.
 *
 * @param name the test's display name
 * @param passed whether it passed
 * @param points the points it earned
 * @param maxPoints the points it is worth
 * @param message why it failed, written for the learner; empty when it passed
 * @param programRun the program run (1, 2, ...) whose timeline explains the result, or 0
 */
public record TestOutcome(String name, boolean passed, int points, int maxPoints, String message, int programRun) {

	public TestOutcome {
		message = (message != null) ? message : "";
	}

}
