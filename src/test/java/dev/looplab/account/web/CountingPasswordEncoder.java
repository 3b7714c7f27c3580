package dev.looplab.account.web;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The application's password encoder, counting how often a password is checked, so tests
 * can tell whether a refused attempt still cost a bcrypt check.
 */
final class CountingPasswordEncoder implements PasswordEncoder {

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	private final AtomicInteger checks = new AtomicInteger();

	@Override
	public String encode(CharSequence rawPassword) {
		return this.encoder.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		this.checks.incrementAndGet();
		return this.encoder.matches(rawPassword, encodedPassword);
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return this.encoder.upgradeEncoding(encodedPassword);
	}

	int checks() {
		return this.checks.get();
	}

}
