package dev.looplab.run.web;

import dev.looplab.run.RunRejected;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a refused API run request with its problem body (RFC 9457), and a Retry-After
 * header when rate limited.
 */
@RestControllerAdvice(assignableTypes = RunApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RunProblems {

	private static final String EXAMPLE = "{\"source\": \"public class Main { public static void main(String[] args) { } }\","
			+ " \"clock\": \"real\"}";

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notJson(HttpMessageNotReadableException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The body is not valid JSON. Send an object like " + EXAMPLE + ".");
		problem.setTitle("Body is not JSON");
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notJsonType(HttpMediaTypeNotSupportedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				"Send the run as JSON with the header \"Content-Type: application/json\", for example " + EXAMPLE
						+ ".");
		problem.setTitle("Unsupported content type");
		return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> rejected(RunRejected rejected) {
		ResponseEntity.BodyBuilder response = ResponseEntity.status(rejected.problem().getStatus());
		if (rejected.retryAfter() != null) {
			response.header(HttpHeaders.RETRY_AFTER, Long.toString(rejected.retryAfter().toSeconds()));
		}
		return response.body(rejected.problem());
	}

}
