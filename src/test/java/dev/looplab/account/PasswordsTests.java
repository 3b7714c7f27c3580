package dev.looplab.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordsTests {

	@Test
	void needsTenCharacters() {
		assertThat(Passwords.isLongEnough("123456789")).isFalse();
		assertThat(Passwords.isLongEnough("1234567890")).isTrue();
		assertThat(Passwords.isLongEnough(null)).isFalse();
	}

	@Test
	void countsBcryptsLimitInBytesNotCharacters() {
		assertThat(Passwords.fitsHash("a".repeat(72))).isTrue();
		assertThat(Passwords.fitsHash("a".repeat(73))).isFalse();
		// "é" takes two bytes in UTF-8.
		assertThat(Passwords.fitsHash("é".repeat(36))).isTrue();
		assertThat(Passwords.fitsHash("é".repeat(37))).isFalse();
	}

}
