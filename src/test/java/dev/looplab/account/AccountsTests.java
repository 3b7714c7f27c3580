package dev.looplab.account;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AccountsTests {

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	private JdbcClient jdbc;

	private Accounts accounts;

	private AccountUserDetailsService userDetails;

	@BeforeEach
	void createDatabase() {
		this.jdbc = TestDatabase.migrated();
		UserAccounts users = new UserAccounts(this.jdbc);
		this.accounts = new Accounts(users, this.encoder);
		this.userDetails = new AccountUserDetailsService(users);
	}

	@Test
	void registersLearnersUnderTheirLowerCaseNameWithABcryptHash() {
		assertThat(this.accounts.registerLearner(" Ada.L ", "correct horse battery")).isEqualTo("ada.l");

		Map<String, Object> row = this.jdbc.sql("select username, password_hash, role, enabled from users")
			.query()
			.singleRow();
		assertThat(row).containsEntry("username", "ada.l")
			.containsEntry("role", "LEARNER")
			.containsEntry("enabled", true);
		String hash = (String) row.get("password_hash");
		assertThat(hash).startsWith("{bcrypt}").doesNotContain("correct horse battery");
		assertThat(this.encoder.matches("correct horse battery", hash)).isTrue();
	}

	@Test
	void refusesATakenNameWhateverItsCase() {
		this.accounts.registerLearner("grace", "first password");

		assertThatExceptionOfType(UserNameTakenException.class)
			.isThrownBy(() -> this.accounts.registerLearner("Grace", "second password"))
			.satisfies((ex) -> assertThat(ex.username()).isEqualTo("grace"));
	}

	@Test
	void enforcesTheRulesEvenWhenTheCallerDidNot() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.accounts.registerLearner("a b", "long enough 123"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.accounts.registerLearner("lin", "short"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.accounts.registerLearner("lin", "x".repeat(Passwords.MAX_BYTES + 1)));
	}

	@Test
	void theDatabaseRefusesNamesThatBreakTheRules() {
		UserAccounts users = new UserAccounts(this.jdbc);

		assertThatExceptionOfType(RuntimeException.class)
			.isThrownBy(() -> users.insert("Upper", "{noop}x", Role.LEARNER));
	}

	@Test
	void signsInWithTheNameInAnyCaseAndCarriesTheRole() {
		this.accounts.registerLearner("lin", "a long password");

		UserDetails user = this.userDetails.loadUserByUsername("LIN");

		assertThat(user.getUsername()).isEqualTo("lin");
		assertThat(user.isEnabled()).isTrue();
		assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_LEARNER");
		assertThat(this.encoder.matches("a long password", user.getPassword())).isTrue();
	}

	@Test
	void disabledAccountsCannotSignIn() {
		this.accounts.registerLearner("gone", "a long password");
		this.jdbc.sql("update users set enabled = false where username = 'gone'").update();

		assertThat(this.userDetails.loadUserByUsername("gone").isEnabled()).isFalse();
	}

	@Test
	void unknownNamesAreNotFound() {
		assertThatExceptionOfType(UsernameNotFoundException.class)
			.isThrownBy(() -> this.userDetails.loadUserByUsername("nobody"));
	}

	@Test
	void changesTheRoleOfAnotherAccountWhichSignsInWithIt() {
		this.accounts.registerLearner("ada", "correct horse battery");

		AccountSummary changed = this.accounts.changeRole("admin", "ADA", Role.INSTRUCTOR);

		assertThat(changed.username()).isEqualTo("ada");
		assertThat(changed.role()).isEqualTo(Role.INSTRUCTOR);
		assertThat(this.userDetails.loadUserByUsername("ada").getAuthorities())
			.extracting(GrantedAuthority::getAuthority)
			.containsExactly("ROLE_INSTRUCTOR");
		assertThat(this.accounts.learnerNames()).doesNotContain("ada");
	}

	@Test
	void refusesToChangeTheAskersOwnRoleWhateverTheCase() {
		this.accounts.registerLearner("boss", "correct horse battery");
		this.accounts.changeRole("admin", "boss", Role.ADMIN);

		assertThatExceptionOfType(OwnRoleChangeException.class)
			.isThrownBy(() -> this.accounts.changeRole("boss", " Boss ", Role.LEARNER));
		assertThat(this.accounts.find("boss")).get().extracting(AccountSummary::role).isEqualTo(Role.ADMIN);
	}

	@Test
	void refusesToChangeAnAccountThatDoesNotExist() {
		assertThatExceptionOfType(UnknownAccountException.class)
			.isThrownBy(() -> this.accounts.changeRole("admin", "nobody", Role.INSTRUCTOR));
		assertThat(this.accounts.find("nobody")).isEmpty();
	}

	@Test
	void listsEveryAccountByName() {
		this.accounts.registerLearner("zoe", "correct horse battery");
		this.accounts.registerLearner("ada", "correct horse battery");

		assertThat(this.accounts.all()).extracting(AccountSummary::username).containsExactly("ada", "zoe");
		assertThat(this.accounts.all()).allSatisfy((account) -> assertThat(account.createdAt()).isNotNull());
	}

}
