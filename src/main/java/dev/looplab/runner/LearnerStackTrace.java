package dev.looplab.runner;

import java.io.PrintStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Prints an exception the way {@code java} would, but without the frames of the launcher
 * that called the learner's main method: a learner should see their own lines, and the
 * library frames just above them.
 */
final class LearnerStackTrace {

	private static final int MAX_FRAMES = 30;

	private static final String HOOKS = LearnerStackTrace.class.getPackageName() + ".";

	private LearnerStackTrace() {
	}

	static void print(Throwable error, Set<String> learnerClasses, PrintStream out) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Throwable current = error;
		String prefix = "";
		while (current != null && seen.add(current)) {
			out.println(prefix + current);
			printFrames(current.getStackTrace(), learnerClasses, out);
			current = current.getCause();
			prefix = "Caused by: ";
		}
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

	private static void printFrames(StackTraceElement[] all, Set<String> learnerClasses, PrintStream out) {
		// The hooks the sandbox adds to learner code (the CPU budget, the clock) are not
		// the learner's to read about, even when an error surfaces inside one of them.
		StackTraceElement[] frames = java.util.Arrays.stream(all)
			.filter((frame) -> !frame.getClassName().startsWith(HOOKS))
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
