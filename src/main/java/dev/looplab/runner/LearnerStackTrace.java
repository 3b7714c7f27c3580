package dev.looplab.runner;

import java.io.PrintStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Prints an exception the way {@code java} would, but without the frames of the launcher
 * that called the learner's main method: a learner should see their own lines, and the
 * library frames just above them. Frames of the grader (the exercise's tests, the test
 * kit, JUnit, the runner and the reflection that calls into them) are never shown: the
 * tests are hidden, and their names and lines would tell what they do.
 */
final class LearnerStackTrace {

	private static final int MAX_FRAMES = 30;

	/**
	 * The runner's own packages and what it calls the tests with; the hooks the sandbox
	 * adds to learner code (the CPU budget, the clock) are among them.
	 */
	private static final List<String> GRADER_PACKAGES = List.of(LearnerStackTrace.class.getPackageName() + ".",
			"dev.looplab.testkit.", "org.junit.", "org.opentest4j.", "jdk.internal.reflect.", "java.lang.reflect.");

	private LearnerStackTrace() {
	}

	/**
	 * @param testClasses the binary names of the exercise's test classes (none for a
	 * plain run)
	 */
	static void print(Throwable error, Set<String> learnerClasses, Set<String> testClasses, PrintStream out) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Throwable current = error;
		String prefix = "";
		while (current != null && seen.add(current)) {
			out.println(prefix + current);
			printFrames(current.getStackTrace(), learnerClasses, testClasses, out);
			current = current.getCause();
			prefix = "Caused by: ";
		}
	}

	/**
	 * Whether a frame's class belongs to the grader rather than to the learner's program.
	 */
	static boolean isGraders(String className, Set<String> testClasses) {
		if (testClasses.contains(className)) {
			return true;
		}
		for (String prefix : GRADER_PACKAGES) {
			if (className.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Like StackTraceElement.toString, without the class loader and module names learners
	 * never chose.
	 */
	private static String format(StackTraceElement frame) {
		String where = (frame.getFileName() == null) ? "Unknown Source" : (frame.getLineNumber() >= 0)
				? frame.getFileName() + ":" + frame.getLineNumber() : frame.getFileName();
		return frame.getClassName() + "." + frame.getMethodName() + "(" + where + ")";
	}

	private static void printFrames(StackTraceElement[] all, Set<String> learnerClasses, Set<String> testClasses,
			PrintStream out) {
		StackTraceElement[] frames = java.util.Arrays.stream(all)
			.filter((frame) -> !isGraders(frame.getClassName(), testClasses))
			.toArray(StackTraceElement[]::new);
		int last = -1;
		for (int i = 0; i < frames.length; i++) {
			if (learnerClasses.contains(frames[i].getClassName())) {
				last = i;
			}
		}
		int shown = (last < 0) ? Math.min(frames.length, 5) : last + 1;
		for (int i = 0; i < Math.min(shown, MAX_FRAMES); i++) {
			out.println("\tat " + format(frames[i]));
		}
		if (shown > MAX_FRAMES) {
			out.println("\t... " + (shown - MAX_FRAMES) + " more");
		}
	}

}
