package dev.looplab.run;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real programs through the real API: compiled, run in a separate JVM, streamed back over
 * SSE.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:run-api;DB_CLOSE_DELAY=-1", "looplab.sandbox.wall-limit=4s",
				"looplab.sandbox.output-limit-bytes=8192", "looplab.runs.rate-limit.capacity=1000" })
class RunApiIntegrationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	private final SseClient sse = new SseClient();

	@LocalServerPort
	int port;

	@Autowired
	ObjectMapper json;

	@Test
	void helloWorldRunsAndIsRecorded() throws Exception {
		JsonNode result = runToEnd("""
				public class Hello {
					public static void main(String[] args) {
						System.out.println("Hello, world");
					}
				}
				""").result();
		assertThat(result.get("verdict").asString()).isEqualTo("OK");
		assertThat(result.get("exitCode").asInt()).isZero();
		assertThat(result.get("stdout").asString()).isEqualTo("Hello, world\n");
		JsonNode stored = getJson("/api/runs/" + result.get("id").asString());
		assertThat(stored.get("verdict").asString()).isEqualTo("OK");
		assertThat(stored.get("wallMillis").asLong()).isPositive();
	}

	@Test
	void compileErrorNamesTheLine() throws Exception {
		Run run = runToEnd("""
				public class Main {
					public static void main(String[] args) {
						System.out.println("missing semicolon")
					}
				}
				""");
		assertThat(run.result().get("verdict").asString()).isEqualTo("COMPILE_ERROR");
		JsonNode diagnostic = run.result().get("diagnostics").get(0);
		assertThat(diagnostic.get("line").asInt()).isEqualTo(3);
		assertThat(diagnostic.get("message").asString()).contains("';' expected");
		assertThat(run.names()).containsSubsequence("diagnostic", "result");
	}

	@Test
	void uncaughtExceptionIsARuntimeErrorWithTheLearnersLine() throws Exception {
		JsonNode result = runToEnd("""
				public class Main {
					public static void main(String[] args) {
						Object text = "not a number";
						Integer number = (Integer) text;
					}
				}
				""").result();
		assertThat(result.get("verdict").asString()).isEqualTo("RUNTIME_ERROR");
		assertThat(result.get("exitCode").asInt()).isEqualTo(1);
		assertThat(result.get("stderr").asString()).contains("java.lang.ClassCastException")
			.contains("Main.main(Main.java:4)")
			.doesNotContain("dev.looplab");
	}

	@Test
	void infiniteLoopHitsTheTimeLimit() throws Exception {
		JsonNode result = runToEnd("""
				public class Main {
					public static void main(String[] args) {
						while (true) { }
					}
				}
				""").result();
		assertThat(result.get("verdict").asString()).isEqualTo("TIME_LIMIT");
		assertThat(result.get("message").asString()).contains("4 s");
	}

	@Test
	void outputFloodHitsTheOutputLimit() throws Exception {
		JsonNode result = runToEnd("""
				public class Main {
					public static void main(String[] args) {
						for (long i = 0; ; i++) {
							System.out.println("line " + i);
						}
					}
				}
				""").result();
		assertThat(result.get("verdict").asString()).isEqualTo("OUTPUT_LIMIT");
		assertThat(result.get("stdout").asString().length()).isBetween(4000, 8192);
	}

	@Test
	void linesArriveWhileTheProgramRuns() throws Exception {
		Run run = runToEnd("""
				public class Main {
					public static void main(String[] args) throws InterruptedException {
						for (int i = 1; i <= 4; i++) {
							System.out.println("tick " + i);
							Thread.sleep(300);
						}
					}
				}
				""");
		List<SseClient.Received> ticks = run.events().stream().filter((e) -> e.name().equals("stdout")).toList();
		assertThat(ticks).hasSize(4);
		long spreadMillis = (ticks.getLast().arrivedNanos() - ticks.getFirst().arrivedNanos()) / 1_000_000;
		// Four lines printed 300 ms apart arrive over about 900 ms, not in one burst at
		// the end.
		assertThat(spreadMillis).isGreaterThan(600);
		long lastLineToResult = (run.events().getLast().arrivedNanos() - ticks.getLast().arrivedNanos()) / 1_000_000;
		assertThat(lastLineToResult).isGreaterThan(200);
		assertThat(this.json.readTree(ticks.get(2).data()).get("atMillis").asLong()).isBetween(500L, 900L);
	}

	@Test
	void badRequestsGetProblemBodies() throws Exception {
		HttpResponse<String> notJson = post("/api/runs", "this is not json");
		assertThat(notJson.statusCode()).isEqualTo(400);
		assertThat(notJson.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(notJson.body()).contains("not valid JSON");

		HttpResponse<String> empty = post("/api/runs", "{\"source\": \"  \"}");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("Empty source");

		String huge = "// " + "x".repeat(70_000);
		HttpResponse<String> tooLarge = post("/api/runs", this.json.writeValueAsString(Map.of("source", huge)));
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(tooLarge.body()).contains("the limit is 64 KiB");

		HttpResponse<String> badClock = post("/api/runs", "{\"source\": \"class A {}\", \"clock\": \"fast\"}");
		assertThat(badClock.statusCode()).isEqualTo(400);

		HttpResponse<String> unknown = this.http.send(HttpRequest.newBuilder(uri("/api/runs/no-such-run")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("Run not found");
	}

	private Run runToEnd(String source) throws Exception {
		HttpResponse<String> created = post("/api/runs",
				this.json.writeValueAsString(Map.of("source", source, "clock", "real", "ignored", true)));
		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode body = this.json.readTree(created.body());
		assertThat(created.headers().firstValue("Set-Cookie")).isEmpty();
		List<SseClient.Received> events = this.sse.read(uri(body.get("events").asString()));
		assertThat(events.getLast().name()).isEqualTo("result");
		return new Run(events, this.json.readTree(events.getLast().data()));
	}

	private HttpResponse<String> post(String path, String body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private JsonNode getJson(String path) throws Exception {
		return this.json.readTree(
				this.http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString()).body());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	record Run(List<SseClient.Received> events, JsonNode result) {

		List<String> names() {
			return this.events.stream().map(SseClient.Received::name).toList();
		}

	}

}
