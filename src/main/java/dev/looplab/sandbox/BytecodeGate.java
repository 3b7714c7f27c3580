package dev.looplab.sandbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The step between compiling and running: checks the compiled classes against the
 * {@link ApiPolicy} and, when they pass, instruments them. A rejected program never
 * reaches a sandbox JVM.
 */
final class BytecodeGate {

	private BytecodeGate() {
	}

	/** Checks and instruments, threads left to the JVM. */
	static Outcome prepare(Compilation.Compiled compiled, String source) {
		return prepare(compiled, source, false);
	}

	/**
	 * Checks and instruments.
	 * @param threads whether the learner's threads and monitors go to the runner's thread
	 * scheduler (runs on the virtual clock)
	 */
	static Outcome prepare(Compilation.Compiled compiled, String source, boolean threads) {
		BytecodeSubmission submission = BytecodeSubmission.parse(compiled.classes());
		List<BytecodeViolation> violations = BytecodeCheck.check(submission);
		if (!violations.isEmpty()) {
			return rejected(violations, new BytecodeSourceLines(source));
		}
		try {
			return new Ready(
					new Compilation.Compiled(compiled.mainClass(), Instrumenter.instrument(submission, threads)));
		}
		catch (IllegalArgumentException ex) {
			// The ClassFile API refuses code that no longer fits a method once ticks are
			// added.
			return new Rejected(List.of(),
					"The program is too large to run here: a method outgrows the JVM's 64 KiB limit once the sandbox adds its checks (%s). Split long methods into smaller ones."
						.formatted(ex.getMessage()));
		}
	}

	private static Rejected rejected(List<BytecodeViolation> violations, BytecodeSourceLines source) {
		List<SandboxEvent.Diagnostic> diagnostics = new ArrayList<>();
		Set<Long> marked = new HashSet<>();
		for (BytecodeViolation violation : violations) {
			long[] at = source.locate(violation);
			if (marked.add(at[0])) {
				ApiPolicy.Denial denial = violation.denial();
				diagnostics.add(new SandboxEvent.Diagnostic(at[0], at[1],
						"%s cannot be used here: %s.".formatted(denial.displayName(), denial.family().reason()), 0));
			}
		}
		SandboxEvent.Diagnostic first = diagnostics.getFirst();
		ApiPolicy.Denial denial = violations.getFirst().denial();
		String others = switch (diagnostics.size()) {
			case 1 -> "";
			case 2 -> " One more line uses an API that is not allowed; the editor marks it.";
			default -> " %d more lines use APIs that are not allowed; the editor marks them."
				.formatted(diagnostics.size() - 1);
		};
		String message = "Line %d uses %s, which programs here cannot use (%s). %s%s".formatted(first.line(),
				denial.displayName(), denial.family().reason(), denial.family().advice(), others);
		return new Rejected(diagnostics, message);
	}

	/** What the gate decided. */
	sealed interface Outcome {

	}

	/** The checked and instrumented classes, ready to run. */
	record Ready(Compilation.Compiled compiled) implements Outcome {

	}

	/**
	 * The program may not run: why, and where in the source (one diagnostic per line).
	 */
	record Rejected(List<SandboxEvent.Diagnostic> diagnostics, String message) implements Outcome {

		/** Sends the diagnostics and returns the final event (which the caller sends). */
		SandboxEvent.Finished report(Consumer<SandboxEvent> sink, long atMillis) {
			this.diagnostics
				.forEach((d) -> sink.accept(new SandboxEvent.Diagnostic(d.line(), d.column(), d.message(), atMillis)));
			return VerdictRules.rejected(this.message, atMillis);
		}

	}

}
