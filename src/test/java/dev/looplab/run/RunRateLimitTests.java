package dev.looplab.run;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that starts more runs than its allowance gets a 429 that says how long to
 * wait, on the API and on the page alike.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:rate-limit;DB_CLOSE_DELAY=-1",
				"looplab.runs.rate-limit.capacity=2", "looplab.runs.rate-limit.refill-per-minute=1",
				"looplab.sandbox.pool-size=1" })
class RunRateLimitTests {

	private static final String HELLO = "{\"source\": \"void main() { IO.println(1); }\"}";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void theThirdRunInABurstIsRefusedWithRetryAfter() throws Exception {
		assertThat(post().statusCode()).isEqualTo(201);
		assertThat(post().statusCode()).isEqualTo(201);
		HttpResponse<String> refused = post();
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(refused.headers().firstValue("Retry-After"))
			.hasValueSatisfying((seconds) -> assertThat(Integer.parseInt(seconds)).isBetween(1, 61));
		assertThat(refused.body()).contains("Too many runs").contains("then run again");
	}

	private HttpResponse<String> post() throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/runs"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(HELLO))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
