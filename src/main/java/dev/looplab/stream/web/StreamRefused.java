package dev.looplab.stream.web;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A stream that was not opened: the client or the server holds too many, or the request
 * is malformed. Answered at once as a problem body, never by waiting.
 */
final class StreamRefused extends ErrorResponseException {

	private StreamRefused(HttpStatus status, String title, String detail, Duration retryAfter) {
		super(status, problem(status, title, detail), null);
		if (retryAfter != null) {
			getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.toSeconds()));
		}
	}

	static StreamRefused tooManyForClient(int limit, Duration retryAfter) {
		return new StreamRefused(HttpStatus.TOO_MANY_REQUESTS, "Too many event streams",
				("You already have %d event streams open, the most one client may hold. Close one (a browser tab or a"
						+ " curl) and try again in %d s; runs and gradings go on without a reader, and their results"
						+ " stay readable.")
					.formatted(limit, retryAfter.toSeconds()),
				retryAfter);
	}

	static StreamRefused serverFull(int limit, Duration retryAfter) {
		return new StreamRefused(HttpStatus.SERVICE_UNAVAILABLE, "Server holds too many event streams",
				("The server already holds %d event streams, its limit. Try again in %d s; runs and gradings go on"
						+ " without a reader, and their results stay readable.")
					.formatted(limit, retryAfter.toSeconds()),
				retryAfter);
	}

	static StreamRefused badLastEventId(String value) {
		return new StreamRefused(HttpStatus.BAD_REQUEST, "Bad Last-Event-ID",
				("Last-Event-ID is \"%s\", but it must be the id of an event this stream sent: a whole number from 0."
						+ " Leave the header out to receive every event from the start.")
					.formatted(value.length() > 40 ? value.substring(0, 40) + "…" : value),
				null);
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
