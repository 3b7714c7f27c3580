package dev.looplab.account.web;

import dev.looplab.account.ApiTokens;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Signs an API caller in by their token: a hash and a lookup, no bcrypt. The caller gets
 * the same principal as with HTTP Basic, so every endpoint treats both alike.
 */
class ApiTokenAuthenticationProvider implements AuthenticationProvider {

	private final ApiTokens tokens;

	ApiTokenAuthenticationProvider(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		UserDetails user = this.tokens.owner((String) authentication.getCredentials())
			.orElseThrow(InvalidApiTokenException::new);
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return ApiTokenAuthentication.class.isAssignableFrom(authentication);
	}

	/** The token is unknown, was revoked, or its account is disabled. */
	static class InvalidApiTokenException extends BadCredentialsException {

		InvalidApiTokenException() {
			super("This API token is unknown or was revoked. Create a new one on your account page (/account) "
					+ "and send it as 'Authorization: Bearer <token>'.");
		}

	}

}
