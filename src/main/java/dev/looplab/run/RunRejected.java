package dev.looplab.run;

import java.time.Duration;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Why a run request was refused, carrying the HTTP status and a problem body (RFC 9457)
 * that tells the caller what to do next.
 */
public class RunRejected extends RuntimeException {

	private final ProblemDetail problem;

	private final Duration retryAfter;

	RunRejected(HttpStatus status, String title, String detail, Duration retryAfter) {
		super(detail);
		this.problem = ProblemDetail.forStatusAndDetail(status, detail);
		this.problem.setTitle(title);
		this.retryAfter = retryAfter;
	}

	static RunRejected badRequest(String title, String detail) {
		return new RunRejected(HttpStatus.BAD_REQUEST, title, detail, null);
	}

	public static RunRejected notFound(String id) {
		return new RunRejected(HttpStatus.NOT_FOUND, "Run not found",
				"There is no run with id \"%s\". Start a run with POST /api/runs and use the id it returns."
					.formatted(id),
				null);
	}

	public ProblemDetail problem() {
		return this.problem;
	}

	/**
	 * How long to wait before trying again, for rate-limited requests; otherwise null.
	 */
	public Duration retryAfter() {
		return this.retryAfter;
	}

}
