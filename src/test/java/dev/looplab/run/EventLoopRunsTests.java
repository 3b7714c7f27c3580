package dev.looplab.run;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
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
 * Programs written against the learner runtime, through the real API: virtual time by
 * default, real time on request, and a trace of every scheduling event in the stream and
 * in the stored run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:event-loop-runs;DB_CLOSE_DELAY=-1",
				"looplab.runs.rate-limit.capacity=1000" })
class EventLoopRunsTests {

	static final String TWO_WORKERS = """
			import dev.looplab.aio.Aio;
			import dev.looplab.aio.Task;

			public class Main {
				static void worker(String name, double seconds) {
					System.out.println(name + " begins");
					Aio.sleep(seconds);
					System.out.println(name + " ends");
				}

				public static void main(String[] args) {
					double t0 = Aio.perfCounter();
					Aio.run(() -> {
						Task<Object> alpha = Aio.createTask("alpha", () -> worker("alpha", 1));
						Task<Object> beta = Aio.createTask("beta", () -> worker("beta", 2));
						System.out.println("main begins");
						alpha.await();
						System.out.println("main got alpha");
						beta.await();
						System.out.println("main got beta");
					});
					System.out.printf("elapsed %.1f%n", Aio.perfCounter() - t0);
				}
			}
			""";

	static final String EXPECTED = """
			main begins
			alpha begins
			beta begins
			alpha ends
			main got alpha
			beta ends
			main got beta
			elapsed 2.0
			""";

	private final HttpClient http = HttpClient.newHttpClient();

	private final SseClient sse = new SseClient();

	@LocalServerPort
	int port;

	@Autowired
	ObjectMapper json;

	@Test
	void sleepsTakeNoRealTimeOnTheDefaultClockAndEverySwitchIsTraced() throws Exception {
		List<SseClient.Received> events = run(TWO_WORKERS, null, null);
		JsonNode result = this.json.readTree(events.getLast().data());

		assertThat(result.get("verdict").asString()).as(result.get("message").asString()).isEqualTo("OK");
		assertThat(result.get("stdout").asString()).isEqualTo(EXPECTED);
		// Three seconds of sleeping in a run that took well under one: virtual time.
		assertThat(result.get("wallMillis").asLong()).isLessThan(2000);
		List<JsonNode> streamed = events.stream()
			.filter((event) -> event.name().equals("trace"))
			.map((event) -> this.json.readTree(event.data()))
			.toList();
		assertThat(streamed)
			.extracting((event) -> event.get("kind").asString() + " " + event.get("taskName").asString())
			.containsSubsequence("created main", "started main", "created alpha", "created beta", "suspended main",
					"started alpha", "suspended alpha", "started beta", "suspended beta", "resumed alpha",
					"finished alpha", "resumed main", "resumed beta", "finished beta", "finished main");
		JsonNode alphaSleeps = streamed.stream()
			.filter((event) -> event.get("kind").asString().equals("suspended")
					&& event.get("taskName").asString().equals("alpha"))
			.findFirst()
			.orElseThrow();
		assertThat(alphaSleeps.get("waitingOn").asString()).isEqualTo("timer");
		JsonNode alphaEnds = streamed.stream()
			.filter((event) -> event.get("kind").asString().equals("output")
					&& event.get("detail").asString().equals("alpha ends"))
			.findFirst()
			.orElseThrow();
		assertThat(alphaEnds.get("taskName").asString()).as("the task that printed the line").isEqualTo("alpha");
		assertThat(alphaEnds.get("virtualSeconds").asDouble()).isEqualTo(1.0);
		assertThat(result.get("trace")).as("the trace in the run's JSON").hasSize(streamed.size());
	}

	@Test
	void theRealClockReallyWaits() throws Exception {
		List<SseClient.Received> events = run(TWO_WORKERS, "real", null);
		JsonNode result = this.json.readTree(events.getLast().data());

		// Real time is never exact: the order is, and the elapsed time is two seconds and
		// a
		// bit.
		String stdout = result.get("stdout").asString();
		assertThat(stdout).startsWith(EXPECTED.substring(0, EXPECTED.indexOf("elapsed")))
			.containsPattern("elapsed 2\\.\\d\n$");
		assertThat(result.get("wallMillis").asLong()).isGreaterThanOrEqualTo(2000);
	}

	@Test
	void theSameSeedGivesTheSameSchedule() throws Exception {
		String racers = """
				import dev.looplab.aio.Aio;

				public class Main {
					public static void main(String[] args) {
						Aio.run(() -> {
							for (int i = 0; i < 6; i++) {
								String name = "racer-" + i;
								Aio.createTask(name, () -> {
									for (int lap = 0; lap < 3; lap++) {
										System.out.println(name + " lap " + lap);
										Aio.sleep(0);
									}
								});
							}
							Aio.sleep(1);
						});
					}
				}
				""";
		String first = stdout(run(racers, null, 42L));
		String again = stdout(run(racers, null, 42L));
		String fifo = stdout(run(racers, null, null));

		assertThat(again).isEqualTo(first);
		assertThat(fifo).startsWith("racer-0 lap 0\nracer-1 lap 0\nracer-2 lap 0\n");
		assertThat(first).isNotEqualTo(fifo);
	}

	private String stdout(List<SseClient.Received> events) {
		return this.json.readTree(events.getLast().data()).get("stdout").asString();
	}

	private List<SseClient.Received> run(String source, String clock, Long seed) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("source", source);
		if (clock != null) {
			body.put("clock", clock);
		}
		if (seed != null) {
			body.put("seed", seed);
		}
		HttpResponse<String> created = this.http.send(HttpRequest.newBuilder(uri("/api/runs"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		List<SseClient.Received> events = this.sse
			.read(uri(this.json.readTree(created.body()).get("events").asString()));
		assertThat(events.getLast().name()).isEqualTo("result");
		return events;
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
