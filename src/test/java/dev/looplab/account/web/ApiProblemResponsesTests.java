package dev.looplab.account.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;

import static org.assertj.core.api.Assertions.assertThat;

class ApiProblemResponsesTests {

	// Configured as Spring Boot configures its own mapper for problem details.
	private final JsonMapper json = JsonMapper.builder()
		.addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
		.build();

	private final ApiProblemResponses problems = new ApiProblemResponses(this.json);

	@Test
	void forbiddenCallsGetA403Problem() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.problems.handle(new MockHttpServletRequest("DELETE", "/api/accounts/7"), response,
				new AccessDeniedException("no"));

		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(response.getHeader(HttpHeaders.WWW_AUTHENTICATE)).isNull();
		assertThat(body(response)).containsEntry("status", 403)
			.containsEntry("title", "Forbidden")
			.containsEntry("instance", "/api/accounts/7")
			.containsKey("detail");
	}

	@Test
	void missingCredentialsGetA401ProblemWithAChallenge() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.problems.commence(new MockHttpServletRequest("GET", "/api/me"), response,
				new InsufficientAuthenticationException("none"));

		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic ");
		assertThat(body(response)).containsEntry("status", 401).containsEntry("title", "Unauthorized");
	}

	private Map<String, Object> body(MockHttpServletResponse response) throws Exception {
		return this.json.readValue(response.getContentAsString(), new TypeReference<>() {
		});
	}

}
