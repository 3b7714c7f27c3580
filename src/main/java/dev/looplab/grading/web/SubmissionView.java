package dev.looplab.grading.web;

import java.time.Instant;
import java.util.List;

import dev.looplab.grading.Feedback;
import dev.looplab.grading.Submission;
import dev.looplab.grading.SubmissionDetails;
import dev.looplab.grading.TestOutcome;

/**
 * A submission as {@code GET /api/submissions/{id}} shows it.
 *
 * @param score the points earned; null until graded
 * @param message what grading said, or null before it is over
 * @param tests each test's result, empty until graded
 */
record SubmissionView(String id, String exerciseId, String owner, String status, Integer score, int maxScore,
		String message, List<TestView> tests, Instant createdAt, Instant gradedAt) {

	/**
	 * One test: {@code points} earned of {@code maxPoints}; {@code programRun} is the
	 * program run whose timeline explains it (0 for none).
	 */
	record TestView(String name, boolean passed, int points, int maxPoints, String message, int programRun) {

		static TestView of(TestOutcome test) {
			return new TestView(test.name(), test.passed(), test.points(), test.maxPoints(), test.message(),
					test.programRun());
		}

	}

	static SubmissionView of(SubmissionDetails details) {
		Submission submission = details.submission();
		Feedback feedback = details.feedback();
		return new SubmissionView(submission.id().toString(), submission.exerciseId(), submission.owner(),
				submission.status().name(), submission.score(), submission.maxScore(),
				submission.status().isDone() ? submission.message() : null,
				feedback.tests().stream().map(TestView::of).toList(), submission.createdAt(), submission.gradedAt());
	}

}
