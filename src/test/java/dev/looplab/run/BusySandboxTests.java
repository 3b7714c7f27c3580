package dev.looplab.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.looplab.sandbox.SandboxEvent;
import dev.looplab.sandbox.Verdict;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * More runs than warm sandbox JVMs and more than may run at once: the extra runs are told
 * they are queued, and every one of them still completes with its own output.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:busy;DB_CLOSE_DELAY=-1",
		"looplab.sandbox.pool-size=1", "looplab.sandbox.max-concurrent=2", "looplab.sandbox.queue-capacity=10",
		"looplab.runs.rate-limit.capacity=100" })
class BusySandboxTests {

	@Autowired
	RunService runs;

	@Test
	void runsSubmittedWhileEverySlotIsBusyOrRefillingStillComplete() {
		List<LiveRun> submitted = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			String source = """
					void main() throws Exception {
						Thread.sleep(300);
						IO.println("run %d done");
					}
					""".formatted(i);
			submitted.add(this.runs.submit(new RunSubmission(source, RunClock.REAL, null, "addr:test")));
		}
		await().atMost(60, TimeUnit.SECONDS).until(() -> submitted.stream().allMatch(LiveRun::isFinished));
		for (int i = 0; i < submitted.size(); i++) {
			RunView view = submitted.get(i).view();
			assertThat(view.verdict()).as(view.message()).isEqualTo(Verdict.OK);
			assertThat(view.stdout()).isEqualTo("run " + i + " done\n");
		}
		assertThat(submitted).as("some runs had to wait for a sandbox")
			.anySatisfy((run) -> assertThat(run.events()).hasAtLeastOneElementOfType(SandboxEvent.Queued.class));
	}

}
