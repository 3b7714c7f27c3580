package dev.looplab.grading;

import java.util.List;
import java.util.Optional;

import dev.looplab.sandbox.SandboxEvent;

/**
 * What grading told the learner: the score, a sentence, each test's result, the program
 * runs the tests made and, for code that did not compile, the compiler's messages.
 *
 * @param status {@code GRADED}, or {@code FAILED} when the grader broke
 * @param score the points of the passed tests; null unless graded
 * @param maxScore the most points there are
 * @param message what happened and what to do next
 */
public record Feedback(SubmissionStatus status, Integer score, int maxScore, String message, List<TestOutcome> tests,
		List<RecordedProgramRun> programRuns, List<SandboxEvent.Diagnostic> diagnostics) {

	public Feedback {
		tests = List.copyOf(tests);
		programRuns = List.copyOf(programRuns);
		diagnostics = List.copyOf(diagnostics);
	}

	public long passedCount() {
		return this.tests.stream().filter(TestOutcome::passed).count();
	}

	public boolean fullMarks() {
		return this.score != null && this.score == this.maxScore;
	}

	public Optional<RecordedProgramRun> programRun(int number) {
		return this.programRuns.stream().filter((run) -> run.number() == number).findFirst();
	}

}
