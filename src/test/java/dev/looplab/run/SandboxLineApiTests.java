package dev.looplab.run;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import dev.looplab.grading.GradingService;
import dev.looplab.sandbox.Sandbox;
import dev.looplab.sandbox.SandboxAdmission;
import dev.looplab.sandbox.SandboxEvent;
import dev.looplab.sandbox.Verdict;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Runs, checks and gradings share one sandbox line. With one sandbox, a line of two and
 * one waiting place per client: a grading that holds the sandbox makes a run wait (told
 * it is first in line); the same client's next run is refused with 429 (its share is
 * taken) while another learner's check still gets the second place; then a third client's
 * check is refused with 503, a problem and Retry-After; once the grading ends the waiting
 * run and check get the sandbox. The grading is held by a stand-in for the sandbox's
 * grade; runs wait in the real sandbox's line.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:sandbox-line;DB_CLOSE_DELAY=-1",
				"looplab.content-dir=src/test/resources/grading/course", "looplab.sandbox.pool-size=0",
				"looplab.sandbox.max-concurrent=1", "looplab.sandbox.queue-capacity=2",
				"looplab.sandbox.queue-per-client=1", "looplab.runs.rate-limit.capacity=100" })
@AutoConfigureMockMvc
class SandboxLineApiTests {

	private static final String HELLO = "{\"source\": \"void main() { IO.println(\\\"my turn\\\"); }\", \"clock\": \"real\"}";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	ObjectMapper json;

	@Autowired
	MockMvc mvc;

	@Autowired
	RunService runs;

	@Autowired
	GradingService grading;

	@Autowired
	SandboxAdmission admission;

	@MockitoSpyBean
	Sandbox sandbox;

	@Test
	void aGradingInTheSandboxMakesARunWaitAndTheNextRunAndCheckAreRefused() throws Exception {
		CountDownLatch grading = new CountDownLatch(1);
		CountDownLatch gradingMayEnd = new CountDownLatch(1);
		doAnswer((invocation) -> {
			grading.countDown();
			gradingMayEnd.await();
			SandboxEvent.Finished end = new SandboxEvent.Finished(Verdict.OK, 0, 1, "The tests ran.", 1);
			invocation.<Consumer<SandboxEvent>>getArgument(2).accept(end);
			return end;
		}).when(this.sandbox).grade(any(), any(), any());
		String source = Files.readString(
				Path.of("src/test/resources/grading/course/chapters/01-naps/exercises/two-naps/reference/Naps.java"));
		this.grading.submit("two-naps", source, "ada");
		assertThat(grading.await(30, TimeUnit.SECONDS)).as("the grading holds the sandbox").isTrue();

		HttpResponse<String> accepted = postRun();
		assertThat(accepted.statusCode()).isEqualTo(201);
		LiveRun waiting = this.runs.find(this.json.readTree(accepted.body()).get("id").asString()).orElseThrow();
		await().atMost(30, TimeUnit.SECONDS)
			.until(() -> waiting.events()
				.stream()
				.anyMatch((event) -> event instanceof SandboxEvent.Queued queued && queued.position() == 1));

		HttpResponse<String> ownShare = postRun();
		assertThat(ownShare.statusCode()).isEqualTo(429);
		assertThat(ownShare.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(ownShare.headers().firstValue("Retry-After")).hasValue("5");
		assertThat(ownShare.body()).contains("Too many runs waiting").contains("1 of your runs are already waiting");

		MockHttpServletResponse othersCheck = check(source, "ada");
		assertThat(othersCheck.getStatus()).as("another client still gets in").isBetween(200, 299);

		MockHttpServletResponse refused = check(source, "grace");
		assertThat(refused.getStatus()).isEqualTo(503);
		assertThat(refused.getHeader("Retry-After")).isEqualTo("5");
		assertThat(refused.getContentAsString()).contains("All sandboxes are busy")
			.contains("the line for one is full (2 waiting)")
			.contains("Press Check again in 5 s");

		gradingMayEnd.countDown();
		await().atMost(60, TimeUnit.SECONDS)
			.alias("the waiting run gets the sandbox the grading gave back")
			.until(() -> this.admission.waiting() == 0);
		assertThat(waiting.events()).filteredOn(SandboxEvent.Queued.class::isInstance)
			.map((event) -> ((SandboxEvent.Queued) event).position())
			.as("its places in line (0: a JVM still starting)")
			.isNotEmpty()
			.allSatisfy((position) -> assertThat(position).isBetween(0, 1));
	}

	private MockHttpServletResponse check(String source, String learner) throws Exception {
		return this.mvc
			.perform(post("/exercises/two-naps/check").param("source", source)
				.header("HX-Request", "true")
				.with(user(learner))
				.with(csrf()))
			.andReturn()
			.getResponse();
	}

	private HttpResponse<String> postRun() throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/runs"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(HELLO))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
