package dev.looplab.account.web;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

/**
 * One address may only create a few accounts in a while.
 */
@ThrottledContextTest
class RegistrationLimitTests {

	private static final String PASSWORD = "a long enough password";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MovableClock clock;

	@Test
	void anAddressPastItsLimitIsToldWhenToComeBackAndCreatesNothing() {
		assertThat(register("mass1", "10.6.0.1")).hasRedirectedUrl("/");
		assertThat(register("mass2", "10.6.0.1")).hasRedirectedUrl("/");

		MvcTestResult refused = register("mass3", "10.6.0.1");

		assertThat(refused).hasStatus(HttpStatus.TOO_MANY_REQUESTS)
			.hasHeader(HttpHeaders.RETRY_AFTER, "30")
			.hasViewName(RegistrationController.VIEW)
			.matches(unauthenticated());
		assertThat(refused).bodyText()
			.contains("Too many accounts were created from your network address; try again in 30 s.");
		assertThat(exists("mass3")).isFalse();
		// Another address is not affected.
		assertThat(register("mass4", "10.6.0.2")).hasRedirectedUrl("/");

		this.clock.advance(Duration.ofSeconds(60));

		assertThat(register("mass3", "10.6.0.1")).hasRedirectedUrl("/");
		assertThat(exists("mass3")).isTrue();
	}

	@Test
	void formsThatCreateNothingDoNotCount() {
		assertThat(register("taken1", "10.7.0.1")).hasRedirectedUrl("/");
		for (int i = 0; i < 5; i++) {
			assertThat(register("taken1", "10.7.0.1")).hasStatusOk().bodyText().contains("That user name is taken");
			assertThat(register("x", "10.7.0.1")).hasStatusOk().bodyText().contains("3 to 32 characters");
		}

		assertThat(register("taken2", "10.7.0.1")).hasRedirectedUrl("/");
	}

	private MvcTestResult register(String username, String address) {
		return this.mvc.post()
			.uri("/register")
			.param("username", username)
			.param("password", PASSWORD)
			.param("confirmation", PASSWORD)
			.with(csrf())
			.with(SignInThrottleTests.from(address))
			.exchange();
	}

	private boolean exists(String username) {
		return this.jdbc.sql("select count(*) from users where username = :name")
			.param("name", username)
			.query(Long.class)
			.single() > 0;
	}

}
