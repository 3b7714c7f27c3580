package dev.looplab.account.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers API callers who are not signed in, or not allowed, or throttled, with an RFC
 * 9457 problem body instead of a login page or a redirect.
 */
class ApiProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	static final String CHALLENGE = "Basic realm=\"Looplab\", charset=\"UTF-8\"";

	static final String BEARER_CHALLENGE = "Bearer realm=\"Looplab\", error=\"invalid_token\"";

	private final JsonMapper json;

	ApiProblemResponses(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (ex instanceof SignInThrottledException throttled) {
			// Not a challenge: the same credentials may work once the wait is over.
			response.setHeader(HttpHeaders.RETRY_AFTER, throttled.retryAfter());
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage());
			problem.setTitle("Too many failed sign-ins");
			write(request, response, problem);
			return;
		}
		if (ex instanceof ApiTokenAuthenticationProvider.InvalidApiTokenException) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE);
			write(request, response, ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, ex.getMessage()));
			return;
		}
		String detail = (ex instanceof BadCredentialsException) ? "The user name or password is wrong."
				: "This endpoint needs an account: send 'Authorization: Bearer <token>' with an API token from "
						+ "your account page (/account), or the HTTP Basic credentials of a Looplab account.";
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
		write(request, response, ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(request, response,
				ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your account may not use this endpoint."));
	}

	private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		// Boot's mapper knows ProblemDetail's JSON shape, as when MVC writes one.
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
