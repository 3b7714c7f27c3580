package dev.looplab.account.web;

import java.time.Duration;

import dev.looplab.account.Accounts;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

/**
 * Password guessing is throttled per account and per address, for the login form and HTTP
 * Basic, before bcrypt runs.
 */
@ThrottledContextTest
class SignInThrottleTests {

	private static final String PASSWORD = "the right password";

	private static final String WRONG = "a wrong password";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MovableClock clock;

	@Autowired
	private CountingPasswordEncoder encoder;

	@Test
	void wrongFormLoginsThenTheRightPasswordIsRefusedUntilTheWindowPasses() {
		createLearner("formguess");
		for (int i = 0; i < 3; i++) {
			assertThat(formLogin("formguess", WRONG, "10.1.0.1")).hasRedirectedUrl("/login?error")
				.matches(unauthenticated());
		}

		MvcTestResult refused = formLogin("formguess", PASSWORD, "10.1.0.1");

		assertThat(refused).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl(SignInFailureHandler.THROTTLED_URL)
			.hasHeader(HttpHeaders.RETRY_AFTER, ThrottledContextTest.ACCOUNT_RETRY_AFTER)
			.matches(unauthenticated());
		MockHttpSession session = (MockHttpSession) refused.getRequest().getSession(false);
		MvcTestResult page = this.mvc.get().uri(SignInFailureHandler.THROTTLED_URL).session(session).exchange();
		assertThat(page).hasStatusOk()
			.hasHeader(HttpHeaders.RETRY_AFTER, ThrottledContextTest.ACCOUNT_RETRY_AFTER)
			.bodyText()
			.contains("Too many failed sign-ins for this account; try again in 20 s.")
			.doesNotContain("do not match an account");

		this.clock.advance(Duration.ofSeconds(60));

		assertThat(formLogin("formguess", PASSWORD, "10.1.0.1")).hasRedirectedUrl("/")
			.matches(authenticated().withUsername("formguess"));
	}

	@Test
	void wrongBasicGuessesThenTheRightPasswordGet429WithRetryAfterUntilTheWindowPasses() {
		createLearner("basicguess");
		for (int i = 0; i < 3; i++) {
			assertThat(basic("basicguess", WRONG, "10.2.0.1")).hasStatus(HttpStatus.UNAUTHORIZED);
		}

		MvcTestResult refused = basic("basicguess", PASSWORD, "10.2.0.1");

		assertThat(refused).hasStatus(HttpStatus.TOO_MANY_REQUESTS)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.hasHeader(HttpHeaders.RETRY_AFTER, ThrottledContextTest.ACCOUNT_RETRY_AFTER)
			.doesNotContainHeader(HttpHeaders.SET_COOKIE);
		assertThat(refused).bodyJson().isLenientlyEqualTo("""
				{"status": 429, "title": "Too many failed sign-ins",
				 "detail": "Too many failed sign-ins for this account; try again in 20 s."}""");

		this.clock.advance(Duration.ofSeconds(60));

		assertThat(basic("basicguess", PASSWORD, "10.2.0.1").getResponse().getStatus()).isNotIn(401, 403, 429);
	}

	@Test
	void throttledAttemptsNeverReachThePasswordEncoder() {
		createLearner("costless");
		for (int i = 0; i < 3; i++) {
			basic("costless", WRONG, "10.3.0.1");
		}
		int checksBefore = this.encoder.checks();

		for (int i = 0; i < 20; i++) {
			assertThat(basic("costless", WRONG, "10.3.0." + (i + 2))).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
			assertThat(formLogin("costless", PASSWORD, "10.3.1." + (i + 2)))
				.hasRedirectedUrl(SignInFailureHandler.THROTTLED_URL);
		}

		assertThat(this.encoder.checks()).isEqualTo(checksBefore);
	}

	@Test
	void oneAddressGuessingAtManyNamesIsThrottledForEveryName() {
		createLearner("bystander");
		for (int i = 0; i < 8; i++) {
			assertThat(basic("nobody" + i, WRONG, "10.4.0.1")).hasStatus(HttpStatus.UNAUTHORIZED);
		}

		MvcTestResult refused = basic("bystander", PASSWORD, "10.4.0.1");

		assertThat(refused).hasStatus(HttpStatus.TOO_MANY_REQUESTS).hasHeader(HttpHeaders.RETRY_AFTER, "8");
		assertThat(refused).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Too many failed sign-ins from your network address; try again in 8 s.");
		// The account itself is not locked: its owner elsewhere still gets in.
		assertThat(basic("bystander", PASSWORD, "10.4.0.2").getResponse().getStatus()).isNotIn(401, 403, 429);
	}

	@Test
	void anIpv6ClientCountsAsItsWholeSlash64() {
		for (int i = 0; i < 8; i++) {
			basic("v6guess" + i, WRONG, "2001:db8:1:2::" + Integer.toHexString(i + 1));
		}

		assertThat(basic("v6guess", WRONG, "2001:db8:1:2:ffff::1")).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(basic("v6guess", WRONG, "2001:db8:1:3::1")).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void aSuccessfulSignInClearsTheAccountsCount() {
		createLearner("forgetful");
		for (int round = 0; round < 3; round++) {
			assertThat(formLogin("forgetful", WRONG, "10.5.0.1")).hasRedirectedUrl("/login?error");
			assertThat(formLogin("forgetful", WRONG, "10.5.0.1")).hasRedirectedUrl("/login?error");
			assertThat(formLogin("forgetful", PASSWORD, "10.5.0.1")).hasRedirectedUrl("/")
				.matches(authenticated().withUsername("forgetful"));
		}
	}

	private void createLearner(String name) {
		this.jdbc.sql("delete from users where username = :name").param("name", name).update();
		this.accounts.registerLearner(name, PASSWORD);
	}

	private MvcTestResult formLogin(String username, String password, String address) {
		return this.mvc.post()
			.uri("/login")
			.param("username", username)
			.param("password", password)
			.with(csrf())
			.with(from(address))
			.exchange();
	}

	private MvcTestResult basic(String username, String password, String address) {
		return this.mvc.get().uri("/api/me").with(httpBasic(username, password)).with(from(address)).exchange();
	}

	static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
