package dev.looplab.hostile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every program under {@code src/test/resources/hostile} through the real HTTP API
 * and checks, besides its verdict, that nothing escaped: the canary file was neither read
 * nor changed, nothing connected to the host's listener, no file appeared where it must
 * not, no process was left behind, the server went quiet and stays healthy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:hostile;DB_CLOSE_DELAY=-1", "looplab.sandbox.wall-limit=3s",
				"looplab.sandbox.compile-timeout=5s",
				"looplab.sandbox.output-limit-bytes=" + HostileProgramsTests.OUTPUT_LIMIT,
				"looplab.sandbox.pool-size=" + HostileProgramsTests.POOL_SIZE, "looplab.runs.rate-limit.capacity=1000",
				"looplab.runs.rate-limit.refill-per-minute=1000" })
class HostileProgramsTests {

	private static final Logger log = LoggerFactory.getLogger(HostileProgramsTests.class);

	static final int OUTPUT_LIMIT = 8192;

	static final int POOL_SIZE = 2;

	private static final Path CASES = Path.of("src/test/resources/hostile");

	/** Compile limit, wall-clock limit, and room for a queue and a slow machine. */
	private static final Duration RESULT_PATIENCE = Duration.ofSeconds(45);

	private static final Duration SETTLING = Duration.ofSeconds(10);

	private static Canary canary;

	private static HostListener listener;

	private static ProcessCensus census;

	private static Placeholders placeholders;

	@LocalServerPort
	int port;

	@Autowired
	ObjectMapper json;

	@BeforeAll
	static void prepareTheHost() throws IOException {
		canary = Canary.plant();
		listener = HostListener.open();
		census = new ProcessCensus(POOL_SIZE);
		placeholders = new Placeholders(canary.file().toString(), canary.secret(), listener.port(),
				Path.of(System.getProperty("java.io.tmpdir")).toString(), Path.of("").toAbsolutePath().toString());
	}

	@AfterAll
	static void cleanTheHost() throws IOException {
		listener.close();
		canary.remove();
	}

	@TestFactory
	Stream<DynamicTest> hostilePrograms() throws IOException {
		RunClient client = new RunClient(this.port, this.json);
		List<HostileCase> cases = HostileCase.all(CASES, placeholders);
		assertThat(cases).hasSizeGreaterThanOrEqualTo(45);
		// -Dhostile.cases=a,b runs only those folders, while working on them.
		String only = System.getProperty("hostile.cases", "");
		if (!only.isBlank()) {
			List<String> names = List.of(only.split(","));
			cases = cases.stream().filter((hostile) -> names.contains(hostile.name())).toList();
		}
		Stream<DynamicTest> programs = cases.stream()
			.map((hostile) -> DynamicTest.dynamicTest(hostile.name(), () -> check(hostile, client)));
		return Stream.concat(programs,
				Stream.of(DynamicTest.dynamicTest("the server is healthy afterwards", () -> stillHealthy(client))));
	}

	private void check(HostileCase hostile, RunClient client) throws Exception {
		int arrivals = listener.arrivals();
		SoftAssertions soft = new SoftAssertions();
		try {
			RunClient.Submitted submitted = client.submit(hostile.requestBody(placeholders));
			if (hostile.expected().refused()) {
				log.info("{}: refused with HTTP {}", hostile.name(), submitted.status());
				hostile.expected().checkRefusal(submitted, soft);
			}
			else if (submitted.status() != 201) {
				soft.fail("The submission was refused with %d: %s", submitted.status(), submitted.body());
			}
			else {
				RunOutcome run = client.follow(submitted.eventsPath(), RESULT_PATIENCE);
				// One line per case in the test output, for whoever reads a CI log.
				log.info("{}: {} in {} ms: {}", hostile.name(), run.verdict(), run.result().path("wallMillis"),
						run.message());
				hostile.expected().checkRun(run, soft);
				soft.assertThat(run.everythingShown()).as("what the learner was shown").doesNotContain(canary.secret());
				soft.assertThat(run.stdout().length() + run.stderr().length())
					.as("characters of output kept")
					.isLessThanOrEqualTo(OUTPUT_LIMIT);
			}
			checkNothingEscaped(hostile, arrivals, client, soft);
		}
		finally {
			cleanUp(hostile);
		}
		soft.assertAll();
	}

	private void checkNothingEscaped(HostileCase hostile, int arrivals, RunClient client, SoftAssertions soft)
			throws Exception {
		soft.assertThat(canary.tampering()).as("changes to the canary").isEmpty();
		soft.assertThat(listener.arrivalsSince(arrivals)).as("connections to the host's listener").isEmpty();
		for (String pattern : hostile.expected().values("absent")) {
			soft.assertThat(HostPaths.matching(pattern)).as("files matching %s", pattern).isEmpty();
		}
		soft.assertThat(census.awaitClean(SETTLING)).as("processes left behind").isEmpty();
		soft.assertThat(ServerCpu.busyThreads()).as("the server's CPU use (share of a core) after the run").isEmpty();
		soft.assertThat(client.health()).as("the server's health").isEqualTo("UP");
	}

	private static void cleanUp(HostileCase hostile) throws IOException {
		census.endLeftovers();
		canary.restore();
		for (String pattern : hostile.expected().values("absent")) {
			for (Path escaped : HostPaths.matching(pattern)) {
				Files.deleteIfExists(escaped);
			}
		}
	}

	private void stillHealthy(RunClient client) throws Exception {
		assertThat(client.health()).isEqualTo("UP");
		RunClient.Submitted submitted = client.submit(RequestBodies.escaped("""
				public class Main {
					public static void main(String[] args) {
						System.out.println("still here");
					}
				}
				"""));
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
		RunOutcome run = client.follow(submitted.eventsPath(), RESULT_PATIENCE);
		assertThat(run.verdict()).as(run.message()).isEqualTo("OK");
		assertThat(run.stdout()).isEqualTo("still here\n");
		assertThat(census.awaitClean(SETTLING)).as("processes left behind").isEmpty();
	}

}
