package dev.looplab.grading;

/**
 * Where a submission is in its life. Only {@link #FAILED} is never the learner's doing.
 */
public enum SubmissionStatus {

	/** Stored and waiting for a grader. */
	QUEUED,
	/** A grader has claimed it and the tests are running. */
	RUNNING,
	/** Graded: it has a score (0 when the code did not compile or was rejected). */
	GRADED,
	/** The grader itself broke (twice); an instructor can regrade it. */
	FAILED;

	/** Whether grading is over, one way or the other. */
	public boolean isDone() {
		return this == GRADED || this == FAILED;
	}

}
