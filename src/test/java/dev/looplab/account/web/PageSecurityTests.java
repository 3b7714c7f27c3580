package dev.looplab.account.web;

import java.util.Set;

import dev.looplab.account.Accounts;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:account-pages;DB_CLOSE_DELAY=-1",
		"looplab.sandbox.pool-size=0" })
@AutoConfigureMockMvc
class PageSecurityTests {

	private static final String PASSWORD = "a password long enough";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void createLearner() {
		// The database lives as long as the cached context, across tests.
		this.jdbc.sql("delete from users where username = 'ada'").update();
		this.accounts.registerLearner("ada", PASSWORD);
	}

	@Test
	void loginPageHasTheFormWithACsrfFieldAndALinkToRegister() {
		MvcTestResult result = this.mvc.get().uri("/login").exchange();

		assertThat(result).hasStatusOk().hasViewName("account/login");
		assertThat(result).bodyText()
			.contains("name=\"username\"", "name=\"password\"", "action=\"/login\"")
			.containsPattern("<input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\"")
			.contains("href=\"/register\"")
			.doesNotContain("do not match an account");
	}

	@Test
	void loginPageExplainsAFailedLoginAndALogout() {
		assertThat(this.mvc.get().uri("/login?error")).bodyText().contains("do not match an account");
		assertThat(this.mvc.get().uri("/login?logout")).bodyText().contains("You have logged out");
	}

	@Test
	void theLoginFormSignsInAndGoesHome() {
		assertThat(this.mvc.perform(formLogin("/login").user("ada").password(PASSWORD))).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/")
			.matches(authenticated().withUsername("ada").withRoles("LEARNER"));
	}

	@Test
	void userNamesAreNotCaseSensitiveAtLogin() {
		assertThat(this.mvc.perform(formLogin("/login").user("ADA").password(PASSWORD)))
			.matches(authenticated().withUsername("ada"));
	}

	@Test
	void aWrongPasswordGoesBackToTheFormWithAnError() {
		assertThat(this.mvc.perform(formLogin("/login").user("ada").password("not the password")))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/login?error")
			.matches(unauthenticated());
	}

	@Test
	void loggingInWithoutTheCsrfTokenIsRefused() {
		assertThat(this.mvc.post().uri("/login").param("username", "ada").param("password", PASSWORD))
			.hasStatus(HttpStatus.FORBIDDEN)
			.matches(unauthenticated());
	}

	@Test
	void loggingInChangesTheSessionId() {
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();

		assertThat(this.mvc.post()
			.uri("/login")
			.with(BrowserSession.cookieOf(session))
			.param("username", "ada")
			.param("password", PASSWORD)
			.with(csrf())).matches(authenticated());

		assertThat(session.getId()).isNotEqualTo(before);
	}

	@Test
	void logoutGoesHomeSignedOut() {
		assertThat(this.mvc.perform(logout().logoutUrl("/logout"))).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/?logout")
			.matches(unauthenticated());
	}

	@Test
	void logoutWithoutTheCsrfTokenIsRefused() {
		assertThat(this.mvc.post().uri("/logout").with(user("ada"))).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void pagesGetTheSecurityHeaders() {
		assertThat(this.mvc.get().uri("/login")).hasStatusOk()
			.hasHeader("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY)
			.hasHeader("Referrer-Policy", "same-origin")
			.hasHeader("X-Frame-Options", "DENY")
			.hasHeader("X-Content-Type-Options", "nosniff");
	}

	@Test
	void theContentSecurityPolicyAllowsNoInlineCodeAndNoFraming() {
		assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).contains("script-src 'self';")
			.contains("style-src 'self';")
			.contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline")
			.doesNotContain("unsafe-eval");
	}

	@Test
	void privatePagesSendVisitorsToTheLoginForm() {
		assertThat(this.mvc.get().uri("/somewhere/private")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
	}

	@Test
	void staticAssetsAndHealthArePublic() {
		for (String path : new String[] { "/css/none.css", "/js/none.js", "/vendor/none.js", "/webjars/none.js",
				"/images/none.svg", "/favicon.ico", "/actuator/health" }) {
			assertThat(this.mvc.get().uri(path).exchange().getResponse().getStatus()).as(path).isNotIn(401, 403, 302);
		}
	}

	@Test
	void pagesKnowWhoIsSignedIn() {
		assertThat(this.mvc.get().uri("/register").with(user("ada").roles("LEARNER", "INSTRUCTOR"))).model()
			.containsEntry("currentUser", "ada")
			.containsEntry("currentUserRoles", Set.of("LEARNER", "INSTRUCTOR"))
			.containsEntry("selfRegistration", true);
	}

	@Test
	void pagesKnowWhenNobodyIsSignedIn() {
		assertThat(this.mvc.get().uri("/register")).model()
			.containsEntry("currentUser", null)
			.containsEntry("currentUserRoles", Set.of());
	}

}
