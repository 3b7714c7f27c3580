package dev.looplab.run;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.looplab.LooplabApplication;
import dev.looplab.sandbox.SandboxEvent;
import dev.looplab.sandbox.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Runs live in an H2 file database, so they survive a restart of the server; a run cut
 * off by a restart is closed with a verdict that says so instead of staying "running" for
 * ever.
 */
class RunRecordsRestartTests {

	@TempDir
	Path dataDir;

	@Test
	void aFinishedRunCanBeReadAfterARestartAndAnInterruptedOneIsClosed() {
		String finishedId;
		try (ConfigurableApplicationContext first = start()) {
			RunService runs = first.getBean(RunService.class);
			LiveRun run = runs
				.submit(new RunSubmission("void main() { IO.println(\"kept\"); }", RunClock.REAL, "ada", "user:ada"));
			// The first run of a fresh server waits for its compilers to warm up.
			await().atMost(90, TimeUnit.SECONDS).until(run::isFinished);
			finishedId = run.id();
			// A run the server was still executing when it stopped.
			first.getBean(RunRecords.class)
				.started("cut-off-run", new RunSubmission("class A {}", RunClock.REAL, null, "addr:x"), Instant.now());
		}
		try (ConfigurableApplicationContext second = start()) {
			RunService runs = second.getBean(RunService.class);
			RunView kept = runs.find(finishedId).orElseThrow().view();
			assertThat(kept.verdict()).isEqualTo(Verdict.OK);
			assertThat(kept.stdout()).isEqualTo("kept\n");
			List<SandboxEvent> cutOff = new ArrayList<>(runs.find("cut-off-run").orElseThrow().events());
			assertThat(cutOff).singleElement().isInstanceOfSatisfying(SandboxEvent.Finished.class, (end) -> {
				assertThat(end.verdict()).isEqualTo(Verdict.CRASHED);
				assertThat(end.message()).contains("server restarted").contains("Run it again");
			});
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(LooplabApplication.class).run("--server.port=0",
				"--looplab.data-dir=" + this.dataDir, "--looplab.sandbox.pool-size=1",
				"--looplab.admin.password=restart-test-password");
	}

}
