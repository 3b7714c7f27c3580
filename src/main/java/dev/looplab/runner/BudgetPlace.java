package dev.looplab.runner;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a learner's program was when its CPU budget ran out, in the learner's terms: the
 * line, and the method named as it appears in the source.
 */
record BudgetPlace(String className, String methodName, int line) {

	private static final Pattern LAMBDA = Pattern.compile("lambda\\$(.+)\\$\\d+");

	/** For example {@code line 7 (a lambda in Main.main), thread "pool-1-thread-1"}. */
	String describe(String threadName) {
		String where = (this.line > 0) ? "line " + this.line + " (" + method() + ")" : method();
		return threadName.isEmpty() ? where : where + ", thread \"" + threadName + "\"";
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
