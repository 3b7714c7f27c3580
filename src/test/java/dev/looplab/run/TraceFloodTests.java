package dev.looplab.run;

import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.looplab.sandbox.EventBytes;
import dev.looplab.sandbox.SandboxEvent;
import dev.looplab.sandbox.SandboxProperties;
import dev.looplab.sandbox.Verdict;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A program that floods the trace (thousands of tasks, each with a name of 500
 * characters) through the real sandbox: what the server holds and stores of it stays
 * within the run's event budget, names are shortened, and a marker says the trace was
 * cut. Without the budget one such run weighed about 8 MB.
 */
// The same properties as EventLoopRunsTests, to share its application context.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:event-loop-runs;DB_CLOSE_DELAY=-1",
				"looplab.runs.rate-limit.capacity=1000" })
class TraceFloodTests {

	static final String FLOOD = """
			import dev.looplab.aio.Aio;

			public class Main {
				public static void main(String[] args) {
					String name = "n".repeat(500);
					Aio.run(() -> {
						for (int i = 0; i < 1500; i++) {
							Aio.createTask(name + i, () -> Aio.sleep(0.001));
						}
						Aio.sleep(1);
						System.out.println("done");
					});
				}
			}
			""";

	@Autowired
	RunService runs;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTraceFloodStaysWithinTheEventBudgetInMemoryAndStored() {
		LiveRun run = this.runs.submit(new RunSubmission(FLOOD, RunClock.VIRTUAL, null, "addr:flood"));
		// Generous: the first run of a fresh server waits for its compilers to warm up.
		await().atMost(180, TimeUnit.SECONDS).until(run::isFinished);
		long budget = SandboxProperties.DEFAULT_EVENT_BUDGET_BYTES;

		List<SandboxEvent> held = run.events();
		SandboxEvent.Finished result = (SandboxEvent.Finished) held.getLast();
		assertThat(result.verdict()).as(result.message()).isEqualTo(Verdict.OK);
		assertThat(held.stream().mapToLong(EventBytes::of).sum()).as("bytes held in memory").isLessThan(budget);
		RunView view = run.view();
		assertThat(view.stdout()).as("the output after the flood still arrives").isEqualTo("done\n");
		assertThat(view.trace()).extracting(RunView.TraceView::taskName).allMatch((name) -> name.length() <= 80);
		RunView.TraceView marker = view.trace().getLast();
		assertThat(marker.kind()).isEqualTo("truncated");
		assertThat(marker.detail())
			.containsPattern("cut after \\d+ events \\(.*MiB of this run's 2.0 MiB event budget\\)")
			.containsPattern("\\d+ more events were left out");

		await().atMost(10, TimeUnit.SECONDS).until(() -> storedBytes(run.id()) != null);
		assertThat(storedBytes(run.id())).as("bytes stored").isLessThan(budget);
		assertThat(this.runs.find(run.id()).orElseThrow().view().trace().getLast().kind()).isEqualTo("truncated");
	}

	private Long storedBytes(String id) {
		return this.jdbc.sql("select octet_length(events) from runs where id = ? and status = 'FINISHED'")
			.param(id)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

}
