package dev.looplab.grading;

import java.time.Duration;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Why a submission, a check or a lookup was refused, with the HTTP status and a problem
 * body (RFC 9457) that tells the caller what to do next.
 */
public class GradingRejected extends RuntimeException {

	private final ProblemDetail problem;

	private final Duration retryAfter;

	GradingRejected(HttpStatus status, String title, String detail, Duration retryAfter) {
		super(detail);
		this.problem = ProblemDetail.forStatusAndDetail(status, detail);
		this.problem.setTitle(title);
		this.retryAfter = retryAfter;
	}

	static GradingRejected badRequest(String title, String detail) {
		return new GradingRejected(HttpStatus.BAD_REQUEST, title, detail, null);
	}

	public static GradingRejected unknownExercise(String id) {
		return new GradingRejected(HttpStatus.NOT_FOUND, "Exercise not found",
				"There is no exercise with id \"%s\". GET /api/exercises lists them all.".formatted(id), null);
	}

	public static GradingRejected unknownSubmission(String id) {
		return new GradingRejected(HttpStatus.NOT_FOUND, "Submission not found",
				"There is no submission with id \"%s\" that you may see. Use the id that submitting returned."
					.formatted(id),
				null);
	}

	public static GradingRejected unknownCheck(String id) {
		return new GradingRejected(HttpStatus.NOT_FOUND, "Check not found",
				"There is no recent check with id \"%s\": checks are kept only for a while. Press Check again."
					.formatted(id),
				null);
	}

	public ProblemDetail problem() {
		return this.problem;
	}

	/** How long to wait before trying again, for refusals that pass; otherwise null. */
	public Duration retryAfter() {
		return this.retryAfter;
	}

}
