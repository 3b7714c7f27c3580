package dev.looplab.account.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:account-registration-off;DB_CLOSE_DELAY=-1",
		"looplab.sandbox.pool-size=0", "looplab.accounts.self-registration=false" })
@AutoConfigureMockMvc
class RegistrationDisabledTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theFormIsNotFound() {
		assertThat(this.mvc.get().uri("/register")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void postingTheFormIsNotFoundAndCreatesNothing() {
		assertThat(this.mvc.post()
			.uri("/register")
			.param("username", "sneaky")
			.param("password", "ten or more characters")
			.param("confirmation", "ten or more characters")
			.with(csrf())).hasStatus(HttpStatus.NOT_FOUND);

		assertThat(this.jdbc.sql("select count(*) from users where username = 'sneaky'").query(Long.class).single())
			.isZero();
	}

	@Test
	void theLoginPageDoesNotOfferRegistration() {
		assertThat(this.mvc.get().uri("/login")).hasStatusOk().model().containsEntry("selfRegistration", false);
		assertThat(this.mvc.get().uri("/login")).bodyText().doesNotContain("Create an account");
	}

}
