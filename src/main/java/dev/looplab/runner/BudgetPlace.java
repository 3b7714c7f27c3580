package dev.looplab.runner;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a learner's program was when its CPU budget ran out, in the learner's terms: the
 * line, the method named as it appears in the source, and how deep the stack holds that
 * method (a recursion that never gets out shows as thousands of its calls).
 *
 * @param depth how many frames of the method the stack holds, at least 1
 */
record BudgetPlace(String className, String methodName, int line, int depth) {

	/** This many calls of one method on the stack make the place a runaway recursion. */
	static final int DEEP_RECURSION = 1000;

	private static final Pattern LAMBDA = Pattern.compile("lambda\\$(.+)\\$\\d+");

	BudgetPlace(String className, String methodName, int line) {
		this(className, methodName, line, 1);
	}

	/**
	 * The learner's frame nearest the top of a stack, or null when the stack has none. (A
	 * stack trace holds at most the JVM's MaxJavaStackTraceDepth frames, 1,024 by
	 * default, so the depth counts calls among those.)
	 */
	static BudgetPlace find(StackTraceElement[] stack, Set<String> learnerClasses) {
		for (StackTraceElement frame : stack) {
			if (learnerClasses.contains(frame.getClassName())) {
				int depth = 0;
				for (StackTraceElement other : stack) {
					if (other.getClassName().equals(frame.getClassName())
							&& other.getMethodName().equals(frame.getMethodName())) {
						depth++;
					}
				}
				return new BudgetPlace(frame.getClassName(), frame.getMethodName(), frame.getLineNumber(), depth);
			}
		}
		return null;
	}

	boolean inRecursion() {
		return this.depth >= DEEP_RECURSION;
	}

	/**
	 * For example {@code line 7 (a lambda in Main.main), thread "pool-1-thread-1"}, or
	 * {@code line 4 (Main.walk), thread "main", at least 1,000 calls deep}.
	 */
	String describe(String threadName) {
		String where = (this.line > 0) ? "line " + this.line + " (" + method() + ")" : method();
		String thread = threadName.isEmpty() ? "" : ", thread \"" + threadName + "\"";
		String deep = inRecursion() ? ", at least %,d calls deep".formatted(DEEP_RECURSION) : "";
		return where + thread + deep;
	}

	private String method() {
		String type = this.className.substring(this.className.lastIndexOf('.') + 1).replace('$', '.');
		Matcher lambda = LAMBDA.matcher(this.methodName);
		return switch (this.methodName) {
			case "<clinit>" -> "the static initializer of " + type;
			case "<init>" -> "a constructor of " + type;
			default -> lambda.matches() ? "a lambda in " + type + "." + lambda.group(1) : type + "." + this.methodName;
		};
	}

}
