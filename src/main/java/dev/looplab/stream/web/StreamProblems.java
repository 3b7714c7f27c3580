package dev.looplab.stream.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused stream as a problem body for every caller, the pages' EventSource included:
 * the content type is set here because such a request accepts only
 * {@code text/event-stream}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class StreamProblems {

	@ExceptionHandler
	ResponseEntity<ProblemDetail> refused(StreamRefused refused) {
		return ResponseEntity.status(refused.getStatusCode())
			.headers(refused.getHeaders())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(refused.getBody());
	}

}
