package dev.looplab.grading;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import dev.looplab.LooplabApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.flywaydb.core.Flyway;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Nothing accepted is lost: submissions left QUEUED or RUNNING in an H2 file database by
 * a server that stopped are graded when the next server is ready.
 */
class GradingRestartTests {

	@TempDir
	Path dataDir;

	@Test
	void queuedAndRunningSubmissionsAreGradedAfterARestart() throws Exception {
		String starter = Files.readString(GradingApiIntegrationTests.EXERCISE.resolve("starter/Naps.java"));
		UUID queued = UUID.randomUUID();
		UUID running = UUID.randomUUID();
		{
			// As a server leaves them when it stops: one waiting for a grader, one
			// claimed. Written straight into the migrated file rather than by a first
			// server, whose start and stop would cost this test 20 s.
			DataSource file = new DriverManagerDataSource("jdbc:h2:file:" + this.dataDir + "/looplab", "looplab", "");
			Flyway.configure().dataSource(file).locations("classpath:db/migration").load().migrate();
			SubmissionRecords records = new SubmissionRecords(JdbcClient.create(file), JsonMapper.builder().build());
			records.insert(new Submission(queued, "two-naps", "ada", starter, SubmissionStatus.QUEUED, null, 3, null, 0,
					Instant.now(), null, null));
			records.insert(new Submission(running, "two-naps", "ada", starter, SubmissionStatus.QUEUED, null, 3, null,
					0, Instant.now(), null, null));
			assertThat(records.claim(running, Instant.now())).isTrue();
		}
		try (ConfigurableApplicationContext second = start()) {
			GradingService grading = second.getBean(GradingService.class);
			for (UUID id : new UUID[] { queued, running }) {
				// The first grading of a fresh server waits for its JVMs to warm up.
				await().atMost(240, TimeUnit.SECONDS)
					.until(() -> grading.find(id).orElseThrow().submission().status() == SubmissionStatus.GRADED);
				SubmissionDetails graded = grading.find(id).orElseThrow();
				assertThat(graded.submission().score()).isEqualTo(1);
				assertThat(graded.tests()).hasSize(2);
				assertThat(graded.programRuns()).isNotEmpty();
			}
			JdbcClient jdbc = second.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select grading_count from submissions where id = ?")
				.param(running)
				.query(Integer.class)
				.single()).as("claimed once before the stop, again after (a retry on a busy machine adds one)")
				.isGreaterThanOrEqualTo(2);
			assertThat(jdbc.sql("select grading_count from submissions where id = ?")
				.param(queued)
				.query(Integer.class)
				.single()).isGreaterThanOrEqualTo(1);
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(LooplabApplication.class).run("--server.port=0",
				"--looplab.data-dir=" + this.dataDir, "--looplab.sandbox.pool-size=1",
				"--looplab.content-dir=src/test/resources/grading/course",
				"--looplab.admin.password=restart-test-password");
	}

}
