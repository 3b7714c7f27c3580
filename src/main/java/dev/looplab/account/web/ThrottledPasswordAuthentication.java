package dev.looplab.account.web;

import java.util.Optional;

import dev.looplab.account.SignInThrottle;
import dev.looplab.account.Throttled;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks user names and passwords (login form and HTTP Basic) behind the
 * {@link SignInThrottle}: a throttled attempt is refused before the account is looked up
 * or bcrypt runs, so guessing costs the server next to nothing.
 */
class ThrottledPasswordAuthentication implements AuthenticationProvider {

	private final SignInThrottle throttle;

	private final DaoAuthenticationProvider passwords;

	ThrottledPasswordAuthentication(SignInThrottle throttle, UserDetailsService users, PasswordEncoder encoder) {
		this.throttle = throttle;
		this.passwords = new DaoAuthenticationProvider(users);
		this.passwords.setPasswordEncoder(encoder);
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String name = attempt.getName();
		// Both the form and Basic filters attach the request's details.
		String address = (attempt.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
		Optional<Throttled> refusal = this.throttle.beforeAttempt(name, address);
		if (refusal.isPresent()) {
			throw new SignInThrottledException(refusal.get());
		}
		try {
			Authentication result = this.passwords.authenticate(attempt);
			this.throttle.succeeded(name, address);
			return result;
		}
		catch (BadCredentialsException ex) {
			// A wrong password (or an unknown name) keeps the attempt it took.
			throw ex;
		}
		catch (RuntimeException ex) {
			this.throttle.notCounted(name, address);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
