package dev.looplab.account.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.looplab.account.Accounts;
import dev.looplab.account.Role;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Personal API tokens: created on the account page and shown once, stored as a hash,
 * accepted as {@code Authorization: Bearer} without a bcrypt check, refused once revoked.
 */
@ThrottledContextTest
class ApiTokenTests {

	private static final Pattern TOKEN = Pattern.compile("llt_[A-Za-z0-9_-]{43}");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private CountingPasswordEncoder encoder;

	@BeforeEach
	void createLearnersWithoutTokens() {
		// The database lives as long as the cached context; bcrypt makes new accounts
		// slow.
		this.jdbc.sql("delete from api_tokens where username in ('tok', 'other')").update();
		for (String name : List.of("tok", "other")) {
			if (this.accounts.find(name).isEmpty()) {
				this.accounts.registerLearner(name, name + "'s password 1");
			}
		}
		this.jdbc.sql("update users set role = 'LEARNER' where username = 'tok'").update();
	}

	@Test
	void aTokenIsShownOnceStoredHashedAndSignsInWithoutBcrypt() throws Exception {
		MvcTestResult created = createWithHtmx("tok", "laptop");

		assertThat(created).hasStatus(HttpStatus.CREATED).hasViewName(AccountController.TOKENS_FRAGMENT);
		assertThat(created).bodyText().contains("Copy it now", "laptop").doesNotContain("<html");
		String token = tokenIn(created);
		assertThat(this.jdbc.sql("select token_sha256 from api_tokens where username = 'tok'")
			.query(String.class)
			.single()).isEqualTo(sha256(token));
		assertThat(this.mvc.get().uri("/account").with(user("tok"))).hasStatusOk()
			.bodyText()
			.contains("laptop", token.substring(0, 10))
			.doesNotContain(token);

		int checksBefore = this.encoder.checks();
		// A learner's token gets a learner's rights: signed in, but no gradebook.
		assertThat(bearer(token, "/api/gradebook")).hasStatus(HttpStatus.FORBIDDEN);
		this.accounts.changeRole("admin", "tok", Role.INSTRUCTOR);
		// Past the staff-only rule (the API has no gradebook endpoint yet, hence 404).
		assertThat(bearer(token, "/api/gradebook")).hasStatus(HttpStatus.NOT_FOUND)
			.doesNotContainHeader(HttpHeaders.SET_COOKIE);
		assertThat(this.encoder.checks()).isEqualTo(checksBefore);
	}

	@Test
	void aRevokedTokenIsRefusedWithAProblemSayingWhatToDo() throws Exception {
		String token = tokenIn(createWithHtmx("tok", "ci"));
		long id = this.jdbc.sql("select id from api_tokens where username = 'tok'").query(Long.class).single();
		assertThat(bearer(token, "/api/me").getResponse().getStatus()).isNotIn(401, 403);

		MvcTestResult revoked = this.mvc.post()
			.uri("/account/tokens/{id}/revoke", id)
			.header("HX-Request", "true")
			.with(user("tok"))
			.with(csrf())
			.exchange();

		assertThat(revoked).hasStatusOk().bodyText().contains("Revoked", "You have no API tokens");
		assertInvalid(bearer(token, "/api/me"));
	}

	@Test
	void anUnknownTokenIsRefusedTheSameWay() {
		assertInvalid(bearer("llt_" + "A".repeat(43), "/api/me"));
		assertInvalid(bearer("not even the shape of a token", "/api/me"));
	}

	@Test
	void nobodyRevokesAnotherPersonsToken() throws Exception {
		String token = tokenIn(createWithHtmx("tok", "mine"));
		long id = this.jdbc.sql("select id from api_tokens where username = 'tok'").query(Long.class).single();

		MvcTestResult attempt = this.mvc.post()
			.uri("/account/tokens/{id}/revoke", id)
			.with(user("other"))
			.with(csrf())
			.exchange();

		assertThat(attempt).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(bearer(token, "/api/me").getResponse().getStatus()).isNotIn(401, 403);
	}

	@Test
	void withoutJavaScriptTheCreatedTokenComesOnAWholePage() throws Exception {
		MvcTestResult created = this.mvc.post()
			.uri("/account/tokens")
			.param("name", "no script")
			.with(user("tok"))
			.with(csrf())
			.exchange();

		assertThat(created).hasStatus(HttpStatus.CREATED).hasViewName(AccountController.VIEW);
		assertThat(created).bodyText().contains("<html", "no script");
		assertThat(bearer(tokenIn(created), "/api/me").getResponse().getStatus()).isNotIn(401, 403);
	}

	@Test
	void namesAndCountsHaveLimitsThatSayWhatToDo() throws Exception {
		assertThat(createWithHtmx("tok", "  ")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Give the token a name of 1 to 60 characters");
		assertThat(createWithHtmx("tok", "x".repeat(61))).hasStatus(HttpStatus.BAD_REQUEST);
		for (int i = 0; i < 3; i++) {
			assertThat(createWithHtmx("tok", "token " + i)).hasStatus(HttpStatus.CREATED);
		}

		assertThat(createWithHtmx("tok", "one too many")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("An account may hold 3 API tokens", "revoke one");
	}

	@Test
	void theAccountPageNeedsASignIn() {
		assertThat(this.mvc.get().uri("/account")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
		assertThat(this.mvc.post().uri("/account/tokens").param("name", "x").with(user("tok")))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	private MvcTestResult createWithHtmx(String username, String name) {
		return this.mvc.post()
			.uri("/account/tokens")
			.param("name", name)
			.header("HX-Request", "true")
			.with(user(username))
			.with(csrf())
			.exchange();
	}

	private MvcTestResult bearer(String token, String uri) {
		return this.mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
	}

	private static void assertInvalid(MvcTestResult result) {
		assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.hasHeader(HttpHeaders.WWW_AUTHENTICATE, ApiProblemResponses.BEARER_CHALLENGE);
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("unknown or was revoked", "account page (/account)");
	}

	private static String tokenIn(MvcTestResult result) throws Exception {
		Matcher matcher = TOKEN.matcher(result.getResponse().getContentAsString());
		assertThat(matcher.find()).as("a token in the answer").isTrue();
		String token = matcher.group();
		assertThat(matcher.find()).as("the token only once").isFalse();
		return token;
	}

	private static String sha256(String value) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
	}

}
