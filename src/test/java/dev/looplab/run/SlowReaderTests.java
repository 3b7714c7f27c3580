package dev.looplab.run;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Readers of event streams that do not keep up, through real sockets: one that never
 * reads must not hold up the run it follows nor anyone else's (one sandbox here, so a
 * stuck run would keep the next one queued); one that reads late is dropped with a last
 * event and resumes with {@code Last-Event-ID}; no client may hold more streams than its
 * share; and a stream its client closed gives its place back soon. Each test connects
 * from its own loopback address, so each is a client of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:slow-readers;DB_CLOSE_DELAY=-1",
				"looplab.runs.rate-limit.capacity=1000", "looplab.runs.max-concurrent=1",
				"looplab.sandbox.output-limit-bytes=1000000", "looplab.streams.per-client=2", "looplab.streams.total=8",
				"looplab.streams.max-lag-bytes=32KB",
				"looplab.streams.keep-alive=" + SlowReaderTests.KEEP_ALIVE_SECONDS + "s" })
class SlowReaderTests {

	static final int KEEP_ALIVE_SECONDS = 6;

	/**
	 * How soon a closed stream gives its place back: the keep-alive interval plus the
	 * writer's probe delay (a second), plus a second and a half for a busy machine. Twice
	 * the interval, as it took before, is past it.
	 */
	private static final Duration PLACE_GIVEN_BACK = Duration.ofMillis(KEEP_ALIVE_SECONDS * 1000 + 2500);

	/**
	 * About 700 KB of output, far more than the sockets between server and reader hold.
	 */
	private static final String FLOOD = """
			public class Main {
				public static void main(String[] args) throws InterruptedException {
					Thread.sleep(1500);
					String filler = "x".repeat(50);
					for (int i = 0; i < 12000; i++) {
						System.out.println(i + " " + filler);
					}
				}
			}
			""";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@Autowired
	ObjectMapper json;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aReaderThatNeverReadsHoldsUpNoRun() throws Exception {
		String flood = start(FLOOD);
		String path = "/api/runs/" + flood + "/events";
		try (RawEventStream silent = RawEventStream.open(this.port, path, "127.0.0.2", 1024, Map.of());
				RawEventStream alsoSilent = RawEventStream.open(this.port, path, "127.0.0.2", 1024, Map.of())) {
			String next = start("public class Main { public static void main(String[] a) { System.out.println(1); } }");
			// Were events handed to readers by the flood's own thread, it would wait for
			// each silent reader until the server's write timeout (a minute each), and
			// the
			// next run for the only sandbox.
			await().atMost(100, TimeUnit.SECONDS)
				.pollInterval(Duration.ofMillis(200))
				.until(() -> status(flood).equals("FINISHED") && status(next).equals("FINISHED"));
			assertThat(runJson(flood).get("stdout").asString()).contains("11999 x");
		}
	}

	@Test
	void aReaderThatFallsBehindIsDroppedAndResumesExactly() throws Exception {
		String run = start(FLOOD);
		String path = "/api/runs/" + run + "/events";
		List<RawEventStream.Event> beforeTheDrop;
		try (RawEventStream late = RawEventStream.open(this.port, path, "127.0.0.3", 1024, Map.of())) {
			assertThat(late.status()).isEqualTo(200);
			await().atMost(100, TimeUnit.SECONDS)
				.pollInterval(Duration.ofMillis(200))
				.until(() -> status(run).equals("FINISHED"));
			beforeTheDrop = late.events();
		}
		RawEventStream.Event dropped = beforeTheDrop.getLast();
		assertThat(dropped.name()).isEqualTo("dropped");
		assertThat(dropped.id()).isNull();
		JsonNode drop = this.json.readTree(dropped.data());
		int lastEventId = drop.get("lastEventId").asInt();
		assertThat(drop.get("message").asString()).contains("behind").contains("Last-Event-ID: " + lastEventId);
		List<RawEventStream.Event> delivered = beforeTheDrop.subList(0, beforeTheDrop.size() - 1);
		assertThat(delivered).extracting(RawEventStream.Event::id).isEqualTo(ids(0, lastEventId));

		List<RawEventStream.Event> rest = read(path, "127.0.0.3",
				Map.of("Last-Event-ID", Integer.toString(lastEventId)));
		List<RawEventStream.Event> whole = read(path, "127.0.0.3", Map.of());
		assertThat(rest.getLast().name()).isEqualTo("result");
		List<RawEventStream.Event> joined = new ArrayList<>(delivered);
		joined.addAll(rest);
		assertThat(joined).isEqualTo(whole);
		assertThat(whole).extracting(RawEventStream.Event::id).isEqualTo(ids(0, whole.size() - 1));

		try (RawEventStream nothingLeft = RawEventStream.open(this.port, path, "127.0.0.3", 0,
				Map.of("Last-Event-ID", whole.getLast().id()))) {
			// EventSource stops reconnecting on 204.
			assertThat(nothingLeft.status()).isEqualTo(204);
		}
	}

	@Test
	void clientsGetTheirShareOfStreamsAndClosedStreamsGiveTheirPlacesBack() throws Exception {
		// A run recorded as running whose events never come (no sandbox needed): every
		// stream of it stays open, and its writers write only keep-alive comments.
		String run = quietRun();
		String path = "/api/runs/" + run + "/events";
		List<RawEventStream> open = new ArrayList<>();
		List<String> openedFrom = new ArrayList<>();
		try {
			for (int i = 0; i < 2; i++) {
				open.add(RawEventStream.open(this.port, path, "127.0.0.4", 0, Map.of()));
				assertThat(open.getLast().status()).isEqualTo(200);
				openedFrom.add("127.0.0.4");
			}
			try (RawEventStream third = RawEventStream.open(this.port, path, "127.0.0.4", 0, Map.of());
					RawEventStream page = RawEventStream.open(this.port, "/runs/" + run + "/stream", "127.0.0.4", 0,
							Map.of())) {
				assertRefused(third, 429, "You already have 2 event streams open");
				assertRefused(page, 429, "You already have 2 event streams open");
			}
			RawEventStream full = null;
			for (int client = 5; full == null && client < 20; client++) {
				for (int i = 0; full == null && i < 2; i++) {
					RawEventStream stream = RawEventStream.open(this.port, path, "127.0.0." + client, 0, Map.of());
					open.add(stream);
					if (stream.status() == 503) {
						full = stream;
					}
					else {
						openedFrom.add("127.0.0." + client);
					}
				}
			}
			assertThat(full).isNotNull();
			assertRefused(full, 503, "already holds 8 event streams");
		}
		finally {
			for (RawEventStream stream : open) {
				stream.close();
			}
		}
		// The clients left without a word; the writers find them gone and give every
		// place back, each client's and the server's.
		assertThat(openedFrom).hasSize(8);
		long closed = System.nanoTime();
		List<RawEventStream> again = reopen(path, openedFrom, PLACE_GIVEN_BACK);
		try {
			System.out.printf("Closed streams gave their places back within %d ms%n",
					(System.nanoTime() - closed) / 1_000_000);
			assertThat(again).hasSize(8);
		}
		finally {
			for (RawEventStream stream : again) {
				stream.close();
			}
			// The other tests share this server and its limits: they start once these
			// places are back too.
			Thread.sleep(PLACE_GIVEN_BACK.toMillis());
		}
	}

	/**
	 * Opens a stream from each of {@code clients}, trying again those refused until
	 * {@code within} has passed; the streams that opened.
	 */
	private List<RawEventStream> reopen(String path, List<String> clients, Duration within) throws Exception {
		long deadline = System.nanoTime() + within.toNanos();
		List<String> waiting = new ArrayList<>(clients);
		List<RawEventStream> open = new ArrayList<>();
		while (!waiting.isEmpty() && System.nanoTime() - deadline < 0) {
			RawEventStream stream = RawEventStream.open(this.port, path, waiting.getFirst(), 0, Map.of());
			if (stream.status() == 200) {
				open.add(stream);
				waiting.removeFirst();
			}
			else {
				assertThat(stream.status()).isIn(429, 503);
				stream.close();
				Thread.sleep(100);
			}
		}
		return open;
	}

	private String quietRun() {
		String run = UUID.randomUUID().toString();
		this.jdbc.sql("""
				insert into runs (id, client, clock, source_sha256, source_bytes, status, created_at)
				values (?, 'test', 'VIRTUAL', ?, 0, 'RUNNING', current_timestamp)""")
			.params(run, "0".repeat(64))
			.update();
		return run;
	}

	private void assertRefused(RawEventStream stream, int status, String detail) throws Exception {
		assertThat(stream.status()).isEqualTo(status);
		assertThat(stream.header("Content-Type")).startsWith("application/problem+json");
		assertThat(Integer.parseInt(stream.header("Retry-After"))).isPositive();
		JsonNode problem = this.json.readTree(stream.body());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("detail").asString()).contains(detail).containsIgnoringCase("try again");
	}

	private List<RawEventStream.Event> read(String path, String client, Map<String, String> headers) throws Exception {
		try (RawEventStream stream = RawEventStream.open(this.port, path, client, 0, headers)) {
			assertThat(stream.status()).isEqualTo(200);
			return stream.events();
		}
	}

	private static List<String> ids(int first, int last) {
		List<String> ids = new ArrayList<>();
		for (int id = first; id <= last; id++) {
			ids.add(Integer.toString(id));
		}
		return ids;
	}

	private String start(String source) throws Exception {
		HttpResponse<String> created = this.http.send(HttpRequest.newBuilder(uri("/api/runs"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString(this.json.writeValueAsString(Map.of("source", source, "clock", "real"))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).isEqualTo(201);
		return this.json.readTree(created.body()).get("id").asString();
	}

	private String status(String run) throws Exception {
		return runJson(run).get("status").asString();
	}

	private JsonNode runJson(String run) throws Exception {
		return this.json.readTree(
				this.http
					.send(HttpRequest.newBuilder(uri("/api/runs/" + run)).timeout(Duration.ofSeconds(5)).build(),
							HttpResponse.BodyHandlers.ofString())
					.body());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
