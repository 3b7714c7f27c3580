package dev.looplab.account.web;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

class H2ConsoleSecurityTests {

	@Nested
	@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:account-console-on;DB_CLOSE_DELAY=-1",
			"looplab.sandbox.pool-size=0", "spring.h2.console.enabled=true" })
	@AutoConfigureMockMvc
	class WhenEnabled {

		@Autowired
		private MockMvcTester mvc;

		@Test
		void theConsoleIsReachableInFramesOfTheSameOriginWithoutCsrf() {
			MvcTestResult result = this.mvc.post().uri("/h2-console/login.do").exchange();

			assertThat(result.getResponse().getStatus()).isNotIn(401, 403, 302);
			assertThat(result).hasHeader("X-Frame-Options", "SAMEORIGIN")
				.doesNotContainHeader("Content-Security-Policy");
		}

	}

	@Nested
	@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:account-console-off;DB_CLOSE_DELAY=-1",
			"looplab.sandbox.pool-size=0" })
	@AutoConfigureMockMvc
	class WhenDisabled {

		@Autowired
		private MockMvcTester mvc;

		@Test
		void theConsolePathIsJustAnotherPrivatePage() {
			assertThat(this.mvc.get().uri("/h2-console/")).hasStatus(HttpStatus.FOUND);
			assertThat(this.mvc.post().uri("/h2-console/login.do")).hasStatus(HttpStatus.FORBIDDEN);
		}

	}

}
