package dev.looplab.grading;

import java.util.List;

import dev.looplab.sandbox.SandboxEvent;

/**
 * A submission with everything its grading recorded.
 */
public record SubmissionDetails(Submission submission, List<TestOutcome> tests, List<RecordedProgramRun> programRuns,
		List<SandboxEvent.Diagnostic> diagnostics) {

	/** The feedback as the page and the API show it. */
	public Feedback feedback() {
		return new Feedback(this.submission.status(), this.submission.score(), this.submission.maxScore(),
				this.submission.message(), this.tests, this.programRuns, this.diagnostics);
	}

}
