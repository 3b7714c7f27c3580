package dev.looplab.account.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Reads {@code Authorization: Bearer <token>}; any other request passes on untouched (to
 * HTTP Basic, or on as anonymous).
 */
class BearerTokenConverter implements AuthenticationConverter {

	private static final String SCHEME = "Bearer ";

	@Override
	public Authentication convert(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
			return null;
		}
		return new ApiTokenAuthentication(header.substring(SCHEME.length()).strip());
	}

}
