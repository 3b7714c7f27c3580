package dev.looplab.grading;

import dev.looplab.catalog.Exercise;

/**
 * One learner's standing on one exercise under the gradebook's policy.
 *
 * @param attempts how many times they submitted
 * @param score the score that counts, or null when no submission is graded yet
 * @param counted the submission whose score counts, or their newest one when none is
 * graded; null when they never submitted
 * @param newestStatus the status of their newest submission; null when they never
 * submitted
 */
public record GradebookCell(Exercise exercise, int attempts, Integer score, Submission counted,
		SubmissionStatus newestStatus) {

	static GradebookCell empty(Exercise exercise) {
		return new GradebookCell(exercise, 0, null, null, null);
	}

	public boolean submitted() {
		return this.attempts > 0;
	}

	/** Whether their newest submission is still waiting for a grader or being graded. */
	public boolean pending() {
		return this.newestStatus != null && !this.newestStatus.isDone();
	}

}
