package dev.looplab.grading;

import java.time.Instant;
import java.util.UUID;

/**
 * A learner's submission as stored.
 *
 * @param score the points earned; null until graded (and when grading failed)
 * @param maxScore the exercise's maximum when it was submitted
 * @param message what grading said, or null before
 * @param gradingCount how often grading started (more than one after a restart, a retry
 * or a regrade)
 */
public record Submission(UUID id, String exerciseId, String owner, String source, SubmissionStatus status,
		Integer score, int maxScore, String message, int gradingCount, Instant createdAt, Instant startedAt,
		Instant gradedAt) {

}
