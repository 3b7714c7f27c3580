package dev.looplab.sandbox;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.looplab.runner.CompilerProtocol;

/**
 * Says, in words for the learner, why an exercise's tests do not compile against their
 * code: almost always a class, method or field of the starter code renamed, removed or
 * given other parameters. Only names are told, never lines of the tests, which may be
 * hidden.
 */
final class TestCompileErrors {

	/**
	 * The code of the compiler JVM's check of learner class names (runner.LearnerNames).
	 */
	private static final String LEARNER_CLASS_NAME = "looplab.learner.class.name";

	private static final String ADVICE = " Keep the names and parameters of the classes, methods and fields of the starter code.";

	private static final Pattern SYMBOL = Pattern.compile("(?m)^\\s*symbol:\\s+(\\w+)\\s+(.+)$");

	private static final Pattern LOCATION = Pattern.compile("(?m)^\\s*location:\\s+(?:.* of type |\\w+ )(\\S+)\\s*$");

	private static final Pattern CANT_APPLY = Pattern
		.compile("^(?:method|constructor) (\\S+) in (?:class|interface|record|enum) (\\S+) cannot be applied");

	private static final Pattern REQUIRED = Pattern.compile("(?m)^\\s*required:\\s+(.+)$");

	private static final Pattern FOUND = Pattern.compile("(?m)^\\s*found:\\s+(.+)$");

	private static final Pattern PRIVATE = Pattern.compile("^(\\S+) has private access in (\\S+)");

	private static final Pattern DUPLICATE = Pattern.compile("^duplicate class: (\\S+)");

	/** A qualified name of the platform, such as {@code java.util.List}. */
	private static final Pattern QUALIFIED = Pattern.compile("\\b(?:[a-z][\\w$]*\\.)+([A-Z][\\w$]*)");

	private TestCompileErrors() {
	}

	static String explain(List<CompilerProtocol.Diagnostic> diagnostics) {
		CompilerProtocol.Diagnostic first = diagnostics.getFirst();
		if (first.code().equals(LEARNER_CLASS_NAME)) {
			// The compiler JVM's own check: its message already says what to rename.
			return first.message();
		}
		String more = (diagnostics.size() == 1) ? "" : " (%d more problem%s like it.)".formatted(diagnostics.size() - 1,
				(diagnostics.size() == 2) ? "" : "s");
		return "Your code compiles, but the tests cannot use it: " + what(first) + more + ADVICE;
	}

	private static String what(CompilerProtocol.Diagnostic diagnostic) {
		// Names as the starter code writes them: List<String>, not java.util.List<...>.
		String message = QUALIFIED.matcher(diagnostic.message()).replaceAll("$1");
		String firstLine = message.lines().findFirst().orElse("").strip();
		Matcher symbol = SYMBOL.matcher(message);
		Matcher location = LOCATION.matcher(message);
		if (diagnostic.code().startsWith("compiler.err.cant.resolve") && symbol.find()) {
			String owner = location.find() ? location.group(1) + "." : "";
			return switch (symbol.group(1)) {
				case "class" -> "they use the class %s, which your code does not have.".formatted(symbol.group(2));
				case "method" -> "they call %s%s, which your code does not have.".formatted(owner, symbol.group(2));
				default -> "they use %s%s, which your code does not have.".formatted(owner, symbol.group(2));
			};
		}
		Matcher cantApply = CANT_APPLY.matcher(firstLine);
		if (cantApply.find()) {
			Matcher required = REQUIRED.matcher(message);
			Matcher found = FOUND.matcher(message);
			String takes = required.find() ? required.group(1).strip() : "other parameters";
			String given = found.find() ? found.group(1).strip() : "other arguments";
			return "they call %s.%s with (%s), but yours takes (%s).".formatted(cantApply.group(2), cantApply.group(1),
					given, takes);
		}
		Matcher hidden = PRIVATE.matcher(firstLine);
		if (hidden.find()) {
			return "they use %s of %s, which your code made private.".formatted(hidden.group(1), hidden.group(2));
		}
		Matcher duplicate = DUPLICATE.matcher(firstLine);
		if (duplicate.find()) {
			return "your code declares a class %s, and the tests have a class of that name. Rename yours."
				.formatted(duplicate.group(1));
		}
		return "they do not compile against it (the compiler says: %s).".formatted(firstLine);
	}

}
