package dev.looplab.grading;

/**
 * One learner's standing on one exercise.
 *
 * @param attempts how many times they submitted
 * @param bestScore their best graded score, or null when none is graded yet
 * @param maxScore the exercise's maximum, as of their latest submission
 * @param latest their latest submission
 */
public record ExerciseProgress(String owner, String exerciseId, int attempts, Integer bestScore, int maxScore,
		Submission latest) {

	/** The latest submission's score, or null when it is not graded. */
	public Integer latestScore() {
		return (this.latest.status() == SubmissionStatus.GRADED) ? this.latest.score() : null;
	}

}
