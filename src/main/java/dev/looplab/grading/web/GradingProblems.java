package dev.looplab.grading.web;

import dev.looplab.grading.GradingRejected;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the exercise and submission API as a problem body (RFC 9457) that says
 * what to do next: refused submissions (with Retry-After when rate limited), unknown ids,
 * and Spring MVC's own errors.
 */
@RestControllerAdvice(assignableTypes = { ExerciseApiController.class, SubmissionApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class GradingProblems extends ResponseEntityExceptionHandler {

	private static final String EXAMPLE = "{\"source\": \"public class Crawl { ... }\"}";

	@ExceptionHandler
	ResponseEntity<ProblemDetail> rejected(GradingRejected rejected) {
		ResponseEntity.BodyBuilder response = ResponseEntity.status(rejected.problem().getStatus());
		if (rejected.retryAfter() != null) {
			response.header(HttpHeaders.RETRY_AFTER, Long.toString(rejected.retryAfter().toSeconds()));
		}
		return response.body(rejected.problem());
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(HttpStatus.BAD_REQUEST, "Body is not JSON",
				"The body is not valid JSON. Send an object like " + EXAMPLE + ".");
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported content type",
				"Send the submission as JSON with the header \"Content-Type: application/json\", for example " + EXAMPLE
						+ ".");
	}

	private static ResponseEntity<Object> problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return ResponseEntity.status(status).body(problem);
	}

}
