package dev.looplab.account.web;

import dev.looplab.account.Accounts;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:account-api;DB_CLOSE_DELAY=-1",
		"looplab.sandbox.pool-size=0" })
@AutoConfigureMockMvc
class ApiSecurityTests {

	private static final String PASSWORD = "api password 123";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void createLearner() {
		this.jdbc.sql("delete from users where username = 'bot'").update();
		this.accounts.registerLearner("bot", PASSWORD);
	}

	@Test
	void anonymousCallsGetAProblemAndABasicChallenge() {
		MvcTestResult result = this.mvc.get().uri("/api/me").accept(MediaType.TEXT_HTML).exchange();

		assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.hasHeader(HttpHeaders.WWW_AUTHENTICATE, ApiProblemResponses.CHALLENGE)
			.doesNotContainHeader(HttpHeaders.LOCATION)
			.doesNotContainHeader(HttpHeaders.SET_COOKIE);
		assertThat(result).bodyJson().isLenientlyEqualTo("""
				{"title": "Unauthorized", "status": 401, "instance": "/api/me"}""");
		assertThat(result).bodyJson().doesNotHavePath("$.properties");
	}

	@Test
	void badCredentialsGetAProblemSayingSo() {
		MvcTestResult result = this.mvc.get().uri("/api/me").with(httpBasic("bot", "not the password")).exchange();

		assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.hasHeader(HttpHeaders.WWW_AUTHENTICATE, ApiProblemResponses.CHALLENGE)
			.doesNotContainHeader(HttpHeaders.SET_COOKIE);
		assertThat(result).bodyJson().isLenientlyEqualTo("""
				{"status": 401, "detail": "The user name or password is wrong."}""");
	}

	@Test
	void goodCredentialsPassWithoutCreatingASession() {
		MvcTestResult result = this.mvc.get().uri("/api/me").with(httpBasic("bot", PASSWORD)).exchange();

		assertThat(result.getResponse().getStatus()).isNotIn(401, 403);
		assertThat(result).doesNotContainHeader(HttpHeaders.SET_COOKIE);
		assertThat(result.getRequest().getSession(false)).isNull();
	}

	@Test
	void runsAreOpenToAnonymousCallersWithoutCsrfOrSession() {
		MvcTestResult read = this.mvc.get().uri("/api/runs/some-id").exchange();
		MvcTestResult create = this.mvc.post()
			.uri("/api/runs")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"source\": \"class Main {}\"}")
			.exchange();

		for (MvcTestResult result : new MvcTestResult[] { read, create }) {
			assertThat(result.getResponse().getStatus()).isNotIn(401, 403);
			assertThat(result).doesNotContainHeader(HttpHeaders.SET_COOKIE);
			assertThat(result.getRequest().getSession(false)).isNull();
		}
	}

	@Test
	void apiAnswersNeverRedirectToTheLoginPage() {
		assertThat(this.mvc.post().uri("/api/anything").accept(MediaType.TEXT_HTML)).hasStatus(HttpStatus.UNAUTHORIZED)
			.doesNotContainHeader(HttpHeaders.LOCATION);
	}

}
