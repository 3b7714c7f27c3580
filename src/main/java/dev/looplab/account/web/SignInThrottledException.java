package dev.looplab.account.web;

import dev.looplab.account.Throttled;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused before its password was checked, because too many have failed. The
 * message says when to try again.
 */
class SignInThrottledException extends AuthenticationException {

	private final long retryAfterSeconds;

	SignInThrottledException(Throttled throttled) {
		super(throttled.message());
		this.retryAfterSeconds = throttled.retryAfterSeconds();
	}

	/** The value for a {@code Retry-After} header. */
	String retryAfter() {
		return Long.toString(this.retryAfterSeconds);
	}

}
