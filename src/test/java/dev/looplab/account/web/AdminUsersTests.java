package dev.looplab.account.web;

import dev.looplab.account.Accounts;
import dev.looplab.account.Role;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

/**
 * The admins' user list at {@code /admin/users}: who may open it, and changing a role
 * with and without htmx.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:account-admin-users;DB_CLOSE_DELAY=-1",
		"looplab.sandbox.pool-size=0", "looplab.admin.password=" + AdminUsersTests.PASSWORD })
@AutoConfigureMockMvc
class AdminUsersTests {

	static final String PASSWORD = "admin users password";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void createAccounts() {
		// The database lives as long as the cached context, across tests.
		this.jdbc.sql("delete from users where username in ('ada', 'grace', 'boss')").update();
		this.accounts.registerLearner("ada", PASSWORD);
		this.accounts.registerLearner("grace", PASSWORD);
		this.accounts.registerLearner("boss", PASSWORD);
		this.accounts.changeRole("admin", "grace", Role.INSTRUCTOR);
		this.accounts.changeRole("admin", "boss", Role.ADMIN);
	}

	@Test
	void adminsSeeEveryAccountWithARoleFormButNotForThemselves() {
		MvcTestResult page = this.mvc.get().uri("/admin/users").with(user("boss").roles("ADMIN")).exchange();

		assertThat(page).hasStatusOk().hasViewName("account/users");
		assertThat(page).bodyText()
			.contains("<th scope=\"row\">ada</th>", "<th scope=\"row\">grace</th>", "<th scope=\"row\">admin</th>")
			.contains("action=\"/admin/users/ada/role\"", "action=\"/admin/users/admin/role\"")
			.doesNotContain("action=\"/admin/users/boss/role\"")
			.contains("another admin can change your role")
			.containsPattern("<option value=\"INSTRUCTOR\" selected=\"selected\">INSTRUCTOR</option>")
			.containsPattern("<input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\"")
			.contains("href=\"/admin/users\">Users</a>");
	}

	@Test
	void onlyAdminsGetTheUsersLink() {
		assertThat(this.mvc.get().uri("/login").with(user("grace").roles("INSTRUCTOR"))).bodyText()
			.doesNotContain("href=\"/admin/users\"");
	}

	@Test
	void anAdminMakesALearnerAnInstructorWhoCanThenOpenTheGradebook() {
		MockHttpSession session = new MockHttpSession();
		assertThat(this.mvc.post()
			.uri("/login")
			.session(session)
			.param("username", "ada")
			.param("password", PASSWORD)
			.with(csrf())).matches(authenticated().withRoles("LEARNER"));
		assertThat(this.mvc.get().uri("/gradebook").session(session)).hasStatus(HttpStatus.FORBIDDEN);

		assertThat(saveRole("ada", "INSTRUCTOR")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/users")
			.flash()
			.containsEntry("notice", "Saved: ada is now an instructor.");
		assertThat(roleOf("ada")).isEqualTo(Role.INSTRUCTOR);

		MockHttpSession again = new MockHttpSession();
		assertThat(this.mvc.post()
			.uri("/login")
			.session(again)
			.param("username", "ada")
			.param("password", PASSWORD)
			.with(csrf())).matches(authenticated().withRoles("INSTRUCTOR"));
		assertThat(this.mvc.get().uri("/gradebook").session(again)).hasStatusOk();
	}

	@Test
	void withHtmxTheSavedRowComesBackWithItsNotice() {
		MvcTestResult row = this.mvc.post()
			.uri("/admin/users/grace/role")
			.with(user("boss").roles("ADMIN"))
			.with(csrf())
			.header("HX-Request", "true")
			.param("role", "LEARNER")
			.exchange();

		assertThat(row).hasStatusOk();
		assertThat(row).bodyText()
			.startsWith("<tr id=\"user-grace\">")
			.contains("Saved: grace is now a learner.")
			.containsPattern("<option value=\"LEARNER\" selected=\"selected\">LEARNER</option>")
			.doesNotContain("<html", "user-ada");
		assertThat(roleOf("grace")).isEqualTo(Role.LEARNER);
	}

	@Test
	void anAdminCannotChangeTheirOwnRole() {
		assertThat(saveRole("boss", "LEARNER")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/users")
			.flash()
			.containsEntry("error",
					"You cannot change your own role, so that an admin always remains. Ask another admin to do it.");
		assertThat(roleOf("boss")).isEqualTo(Role.ADMIN);

		assertThat(this.mvc.post()
			.uri("/admin/users/BOSS/role")
			.with(user("boss").roles("ADMIN"))
			.with(csrf())
			.header("HX-Request", "true")
			.param("role", "LEARNER")).bodyText().contains("You cannot change your own role");
		assertThat(roleOf("boss")).isEqualTo(Role.ADMIN);
	}

	@Test
	void theNoticeShowsOnTheListAfterTheRedirect() {
		assertThat(this.mvc.get()
			.uri("/admin/users")
			.with(user("boss").roles("ADMIN"))
			.flashAttr("notice", "Saved: ada is now an instructor.")).bodyText()
			.contains("Saved: ada is now an instructor.");
	}

	@Test
	void learnersAndInstructorsAreForbidden() {
		for (String role : new String[] { "LEARNER", "INSTRUCTOR" }) {
			assertThat(this.mvc.get().uri("/admin/users").with(user("grace").roles(role))).as(role)
				.hasStatus(HttpStatus.FORBIDDEN);
			assertThat(this.mvc.post()
				.uri("/admin/users/ada/role")
				.with(user("grace").roles(role))
				.with(csrf())
				.param("role", "ADMIN")).as(role).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(roleOf("ada")).isEqualTo(Role.LEARNER);
	}

	@Test
	void visitorsAreSentToTheLoginForm() {
		assertThat(this.mvc.get().uri("/admin/users")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
	}

	@Test
	void savingWithoutTheCsrfTokenIsRefused() {
		assertThat(
				this.mvc.post().uri("/admin/users/ada/role").with(user("boss").roles("ADMIN")).param("role", "ADMIN"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(roleOf("ada")).isEqualTo(Role.LEARNER);
	}

	@Test
	void anUnknownAccountIsNotFound() {
		assertThat(saveRole("nobody", "INSTRUCTOR")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void anUnknownRoleIsABadRequest() {
		assertThat(saveRole("ada", "SUPERUSER")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(saveRole("ada", "")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(roleOf("ada")).isEqualTo(Role.LEARNER);
	}

	private MvcTestResult saveRole(String name, String role) {
		return this.mvc.post()
			.uri("/admin/users/{name}/role", name)
			.with(user("boss").roles("ADMIN"))
			.with(csrf())
			.param("role", role)
			.exchange();
	}

	private Role roleOf(String name) {
		return this.accounts.find(name).orElseThrow().role();
	}

}
