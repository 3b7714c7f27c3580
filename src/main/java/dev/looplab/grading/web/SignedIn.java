package dev.looplab.grading.web;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;

/**
 * Whether a request comes from a signed-in user (on public pages it may be anonymous).
 */
final class SignedIn {

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	private SignedIn() {
	}

	static boolean is(Authentication authentication) {
		return TRUST.isAuthenticated(authentication);
	}

}
