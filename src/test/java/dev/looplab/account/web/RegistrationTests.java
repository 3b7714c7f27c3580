package dev.looplab.account.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:account-registration;DB_CLOSE_DELAY=-1",
		"looplab.sandbox.pool-size=0" })
@AutoConfigureMockMvc
class RegistrationTests {

	private static final String PASSWORD = "ten or more characters";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theFormIsPublicAndCarriesACsrfField() {
		MvcTestResult result = this.mvc.get().uri("/register").exchange();

		assertThat(result).hasStatusOk().hasViewName("account/register");
		assertThat(result).bodyText()
			.contains("name=\"username\"", "name=\"password\"", "name=\"confirmation\"", "action=\"/register\"")
			.containsPattern("<input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\"");
	}

	@Test
	void registeringCreatesALearnerSignsInAndGoesHome() {
		MockHttpSession session = new MockHttpSession();

		assertThat(register(session, "Grace.H", PASSWORD, PASSWORD)).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/")
			.matches(authenticated().withUsername("grace.h").withRoles("LEARNER"));

		assertThat(this.jdbc.sql("select role from users where username = 'grace.h'").query(String.class).single())
			.isEqualTo("LEARNER");
		// The session now carries the sign-in to the next request.
		assertThat(this.mvc.get().uri("/register").with(BrowserSession.cookieOf(session))).model()
			.containsEntry("currentUser", "grace.h");
	}

	@Test
	void registeringChangesTheSessionId() {
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();

		assertThat(register(session, "lin", PASSWORD, PASSWORD)).matches(authenticated());

		assertThat(session.getId()).isNotEqualTo(before);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			name too short        | ab             | username     | username.format
			name with a space     | ada lovelace   | username     | username.format
			name with an at sign  | ada@home       | username     | username.format
			name too long         | abcdefghijklmnopqrstuvwxyz0123456 | username | username.format
			""")
	void refusesBadNames(String description, String username, String field, String code) {
		assertRefused(register(new MockHttpSession(), username, PASSWORD, PASSWORD), field, code, "3 to 32 characters");
	}

	@Test
	void refusesAShortPassword() {
		assertRefused(register(new MockHttpSession(), "shorty", "123456789", "123456789"), "password", "password.short",
				"at least 10 characters");
	}

	@Test
	void refusesAPasswordTooLongForBcrypt() {
		String tooLong = "x".repeat(73);
		assertRefused(register(new MockHttpSession(), "longpass", tooLong, tooLong), "password", "password.long",
				"too long");
	}

	@Test
	void refusesAConfirmationThatDiffers() {
		assertRefused(register(new MockHttpSession(), "typo", PASSWORD, PASSWORD + "!"), "confirmation",
				"confirmation.mismatch", "The two passwords differ.");
	}

	@Test
	void refusesATakenNameWhateverItsCase() {
		assertThat(register(new MockHttpSession(), "taken", PASSWORD, PASSWORD)).matches(authenticated());

		assertRefused(register(new MockHttpSession(), "TAKEN", PASSWORD, PASSWORD), "username", "username.taken",
				"That user name is taken");
		assertThat(this.jdbc.sql("select count(*) from users where username = 'taken'").query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void refusedFormsKeepTheNameButNeverEchoThePassword() {
		MvcTestResult result = register(new MockHttpSession(), "echo", "secret-123", "secret-456");

		assertThat(result).bodyText().contains("value=\"echo\"").doesNotContain("secret-123", "secret-456");
	}

	@Test
	void registeringWithoutTheCsrfTokenIsRefused() {
		assertThat(this.mvc.post()
			.uri("/register")
			.param("username", "nocsrf")
			.param("password", PASSWORD)
			.param("confirmation", PASSWORD)).hasStatus(HttpStatus.FORBIDDEN);

		assertThat(this.jdbc.sql("select count(*) from users where username = 'nocsrf'").query(Long.class).single())
			.isZero();
	}

	private MvcTestResult register(MockHttpSession session, String username, String password, String confirmation) {
		MockMvcRequestBuilder request = this.mvc.post()
			.uri("/register")
			.with(BrowserSession.cookieOf(session))
			.param("username", username)
			.param("password", password)
			.param("confirmation", confirmation)
			.with(csrf());
		return request.exchange();
	}

	private void assertRefused(MvcTestResult result, String field, String code, String message) {
		assertThat(result).hasStatusOk()
			.hasViewName("account/register")
			.matches(unauthenticated())
			.model()
			.extractingBindingResult("registration")
			.hasFieldErrorCode(field, code);
		assertThat(result).bodyText().contains(message);
	}

}
