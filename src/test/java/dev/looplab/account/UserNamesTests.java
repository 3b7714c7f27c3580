package dev.looplab.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class UserNamesTests {

	@Test
	void normalizingStripsBlanksAndLowersCase() {
		assertThat(UserNames.normalize("  Ada.Lovelace ")).isEqualTo("ada.lovelace");
		assertThat(UserNames.normalize(null)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ada", "grace_h", "lin-42", "a.b", "abcdefghijklmnopqrstuvwxyz012345" })
	void allowsLowerCaseLettersDigitsAndSomePunctuation(String name) {
		assertThat(UserNames.isAllowed(name)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "", "ab", "Ada", "ada lovelace", "ada@home", "abcdefghijklmnopqrstuvwxyz0123456", "élodie" })
	void refusesEverythingElse(String name) {
		assertThat(UserNames.isAllowed(name)).isFalse();
	}

}
