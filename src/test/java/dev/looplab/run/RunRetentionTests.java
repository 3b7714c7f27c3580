package dev.looplab.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import dev.looplab.sandbox.SandboxEvent;
import dev.looplab.sandbox.Verdict;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention removes the stored events of runs past the maximum age, and of the oldest
 * runs once all of them weigh more than the maximum size; a pruned run keeps its verdict
 * and says what happened to the rest.
 */
class RunRetentionTests {

	private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");

	private final JdbcClient jdbc = migratedDatabase();

	private final RunRecords records = new RunRecords(this.jdbc, JsonMapper.builder().build());

	@Test
	void runsOlderThanTheMaximumAgeLoseTheirEventsAndSaySo() {
		finishedRun("old", NOW.minus(Duration.ofDays(40)), 1_000);
		finishedRun("recent", NOW.minus(Duration.ofDays(3)), 1_000);

		retention(Duration.ofDays(30), DataSize.ofGigabytes(1)).prune();

		assertThat(eventsOf("old")).isNull();
		assertThat(eventsOf("recent")).isNotNull();
		RunView old = this.records.find("old").orElseThrow().view();
		assertThat(old.status()).isEqualTo("FINISHED");
		assertThat(old.verdict()).isEqualTo(Verdict.OK);
		assertThat(old.stdout()).isEmpty();
		assertThat(old.message()).contains("removed on 2026-12-02").contains("retention");
		assertThat(this.records.find("recent").orElseThrow().view().stdout()).startsWith("line");
	}

	@Test
	void theOldestRunsLoseTheirEventsUntilTheTotalFits() {
		for (int i = 0; i < 10; i++) {
			finishedRun("run-" + i, NOW.minus(Duration.ofHours(10 - i)), 100_000);
		}
		long before = this.records.storedBytes();

		retention(Duration.ofDays(30), DataSize.ofBytes(before / 2)).prune();

		assertThat(this.records.storedBytes()).isLessThanOrEqualTo(before / 2).isGreaterThan(before / 3);
		assertThat(eventsOf("run-0")).as("the oldest").isNull();
		assertThat(eventsOf("run-9")).as("the newest").isNotNull();
		assertThat(this.records.find("run-0").orElseThrow().view().message()).contains("retention");
	}

	private RunRetention retention(Duration maxAge, DataSize maxSize) {
		return new RunRetention(this.records,
				new RunStorageProperties(DataSize.ofMegabytes(64), maxAge, maxSize, Duration.ofHours(1)),
				Clock.fixed(NOW, ZoneOffset.UTC));
	}

	private void finishedRun(String id, Instant finishedAt, int outputBytes) {
		this.records.started(id, new RunSubmission("class A {}", RunClock.REAL, null, "addr:x"),
				finishedAt.minusSeconds(1));
		SandboxEvent.Finished ok = new SandboxEvent.Finished(Verdict.OK, 0, 5, "The program finished normally.", 5);
		this.records.finished(id,
				List.of(new SandboxEvent.Output(SandboxEvent.Channel.STDOUT, "line " + "x".repeat(outputBytes), 1), ok),
				ok, finishedAt);
	}

	private String eventsOf(String id) {
		return this.jdbc.sql("select events from runs where id = ?")
			.param(id)
			.query((rs, row) -> Optional.ofNullable(rs.getString("events")))
			.single()
			.orElse(null);
	}

	private static JdbcClient migratedDatabase() {
		DataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
				"sa", "");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		return JdbcClient.create(dataSource);
	}

}
