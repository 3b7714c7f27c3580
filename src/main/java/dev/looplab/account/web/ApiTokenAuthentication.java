package dev.looplab.account.web;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * An API token sent as {@code Authorization: Bearer <token>}, not yet checked.
 */
class ApiTokenAuthentication extends AbstractAuthenticationToken {

	private final String token;

	ApiTokenAuthentication(String token) {
		super(List.of());
		this.token = token;
		setAuthenticated(false);
	}

	@Override
	public Object getCredentials() {
		return this.token;
	}

	@Override
	public Object getPrincipal() {
		return null;
	}

}
