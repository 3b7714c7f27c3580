package dev.looplab.grading;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import dev.looplab.sandbox.SandboxEvent;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The submissions table on a private H2 database: status changes are guarded so that a
 * submission is claimed once, and feedback, tests and program runs read back as written.
 */
class SubmissionRecordsTests {

	private final SubmissionRecords records = new SubmissionRecords(migrated(), JsonMapper.builder().build());

	@Test
	void aQueuedSubmissionIsClaimedOnce() {
		Submission submission = insert("ada");
		assertThat(this.records.claim(submission.id(), Instant.now())).isTrue();
		assertThat(this.records.claim(submission.id(), Instant.now())).isFalse();
		Submission running = this.records.find(submission.id()).orElseThrow();
		assertThat(running.status()).isEqualTo(SubmissionStatus.RUNNING);
		assertThat(running.gradingCount()).isEqualTo(1);
		assertThat(running.startedAt()).isNotNull();
	}

	@Test
	void feedbackIsStoredWithItsTestsAndProgramRuns() {
		Submission submission = insert("ada");
		this.records.claim(submission.id(), Instant.now());
		this.records.complete(submission.id(), feedback(2), Instant.now());

		SubmissionDetails details = this.records.details(submission.id()).orElseThrow();
		assertThat(details.submission().status()).isEqualTo(SubmissionStatus.GRADED);
		assertThat(details.submission().score()).isEqualTo(2);
		assertThat(details.submission().gradedAt()).isNotNull();
		assertThat(details.tests()).extracting(TestOutcome::name).containsExactly("overlaps", "prints done");
		assertThat(details.tests().getFirst().message()).isEqualTo("took 2.0 s");
		assertThat(details.programRuns()).singleElement().satisfies((run) -> {
			assertThat(run.title()).isEqualTo("main");
			assertThat(run.output()).extracting(SandboxEvent.Output::text).containsExactly("done");
			assertThat(run.traces()).extracting(SandboxEvent.Trace::taskName).containsExactly("nap-a");
		});
		assertThat(details.diagnostics()).isEmpty();
		assertThat(this.records.testsOfOwner("ada")).containsOnlyKeys(submission.id());
	}

	@Test
	void completingTwiceOrWithoutAClaimChangesNothing() {
		Submission submission = insert("ada");
		this.records.complete(submission.id(), feedback(2), Instant.now());
		assertThat(this.records.find(submission.id()).orElseThrow().status()).isEqualTo(SubmissionStatus.QUEUED);
		assertThat(this.records.tests(submission.id())).isEmpty();
	}

	@Test
	void regradingPutsAFinishedSubmissionBackInTheQueueAndReplacesItsTests() {
		Submission submission = insert("ada");
		this.records.claim(submission.id(), Instant.now());
		assertThat(this.records.regrade(submission.id())).as("a running submission is left alone").isFalse();
		this.records.complete(submission.id(), feedback(0), Instant.now());
		assertThat(this.records.doneOf("two-naps")).containsExactly(submission.id());

		assertThat(this.records.regrade(submission.id())).isTrue();
		assertThat(this.records.queued()).containsExactly(submission.id());
		this.records.claim(submission.id(), Instant.now());
		this.records.complete(submission.id(), feedback(3), Instant.now());
		Submission regraded = this.records.find(submission.id()).orElseThrow();
		assertThat(regraded.score()).isEqualTo(3);
		assertThat(regraded.gradingCount()).isEqualTo(2);
		assertThat(this.records.tests(submission.id())).hasSize(2);
	}

	@Test
	void whatAStoppedServerWasGradingGoesBackInTheQueue() {
		Submission first = insert("ada");
		Submission second = insert("grace");
		this.records.claim(first.id(), Instant.now());
		assertThat(this.records.requeueInterrupted()).isEqualTo(1);
		assertThat(this.records.queued()).containsExactlyInAnyOrder(first.id(), second.id());
	}

	@Test
	void listsByLearnerAndByExercise() {
		Submission ada = insert("ada");
		Submission grace = insert("grace");
		assertThat(this.records.ofOwner("ada")).extracting(Submission::id).containsExactly(ada.id());
		assertThat(this.records.ofExercise("two-naps")).extracting(Submission::id)
			.containsExactlyInAnyOrder(ada.id(), grace.id());
		assertThat(this.records.all()).hasSize(2);
	}

	private Submission insert(String owner) {
		Submission submission = new Submission(UUID.randomUUID(), "two-naps", owner, "class Naps {}",
				SubmissionStatus.QUEUED, null, 3, null, 0, Instant.now(), null, null);
		this.records.insert(submission);
		return submission;
	}

	private static Feedback feedback(int score) {
		RecordedProgramRun run = new RecordedProgramRun(1, "main",
				List.of(new SandboxEvent.Output(SandboxEvent.Channel.STDOUT, "done", 3),
						new SandboxEvent.Trace(1, "created", 2, "nap-a", "", "", 0, 0, 3)));
		return new Feedback(SubmissionStatus.GRADED, score, 3, "Graded.",
				List.of(new TestOutcome("overlaps", score == 3, (score == 3) ? 2 : 0, 2, "took 2.0 s", 1),
						new TestOutcome("prints done", score > 0, Math.min(score, 1), 1, "", 1)),
				List.of(run), List.of());
	}

	private static JdbcClient migrated() {
		DataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
				"sa", "");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		return JdbcClient.create(dataSource);
	}

}
