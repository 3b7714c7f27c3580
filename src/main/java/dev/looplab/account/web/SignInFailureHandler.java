package dev.looplab.account.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Sends a failed form login back to the login page: {@code /login?error} for a wrong
 * password, {@code /login?throttled} (with {@code Retry-After}) when attempts are refused
 * for a while. The exception stays in the session, where the login page reads when to try
 * again.
 */
class SignInFailureHandler extends SimpleUrlAuthenticationFailureHandler {

	static final String THROTTLED_URL = "/login?throttled";

	SignInFailureHandler() {
		super("/login?error");
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		if (exception instanceof SignInThrottledException throttled) {
			saveException(request, throttled);
			response.setHeader(HttpHeaders.RETRY_AFTER, throttled.retryAfter());
			getRedirectStrategy().sendRedirect(request, response, THROTTLED_URL);
			return;
		}
		super.onAuthenticationFailure(request, response, exception);
	}

}
