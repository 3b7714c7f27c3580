package dev.looplab.runner;

/**
 * One finished test, as the runner reports it.
 *
 * @param name the test's name (its display name, or its method's name)
 * @param passed whether it passed
 * @param points the points earned
 * @param maxPoints the points it is worth
 * @param programRun the program run it looked at last, 0 for none
 * @param message why it failed, in words for the learner; empty when it passed
 */
record TestOutcome(String name, boolean passed, int points, int maxPoints, int programRun, String message) {
}
