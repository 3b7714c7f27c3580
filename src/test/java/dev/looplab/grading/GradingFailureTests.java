package dev.looplab.grading;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javax.sql.DataSource;

import dev.looplab.catalog.Chapter;
import dev.looplab.catalog.Course;
import dev.looplab.catalog.Exercise;
import dev.looplab.catalog.ExerciseFile;
import dev.looplab.catalog.ExerciseLimits;
import dev.looplab.run.RunProperties;
import dev.looplab.run.RunStorageProperties;
import dev.looplab.sandbox.GradeJob;
import dev.looplab.sandbox.Sandbox;
import dev.looplab.sandbox.SandboxAdmission;
import dev.looplab.sandbox.SandboxEvent;
import dev.looplab.sandbox.Verdict;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * When the sandbox itself breaks, grading is tried once more; if it breaks again the
 * submission is FAILED with a message that says it is not the learner's fault. A sandbox
 * standing in for the real one decides how each grading ends.
 */
class GradingFailureTests {

	private static final String TESTS = """
			class NapsTests {
				@Test @Points(3) void overlaps() {}
			}
			""";

	private static final Exercise EXERCISE = new Exercise("two-naps", "naps", "Two naps", 1, "Overlap them.", 3,
			"virtual", null, new ExerciseLimits(10, 20), "<p>Task.</p>", new ExerciseFile("Naps.java", "class Naps {}"),
			new ExerciseFile("Naps.java", "class Naps {}"), List.of(new ExerciseFile("NapsTests.java", TESTS)),
			List.of());

	private final Sandbox sandbox = mock(Sandbox.class);

	private final SubmissionRecords records = new SubmissionRecords(migrated(), JsonMapper.builder().build());

	private final GradingWorkers workers = new GradingWorkers(
			new GradingProperties(1, new GradingProperties.SubmissionRateLimit(100, 100)));

	private final GradingService grading = new GradingService(
			new Course(List
				.of(new Chapter("naps", "Naps", 1, "Naps.", "<p>Naps.</p>", List.of(), List.of(), List.of(EXERCISE)))),
			new Grader(this.sandbox), this.records, this.workers, mock(SandboxAdmission.class),
			new GradingProperties(1, new GradingProperties.SubmissionRateLimit(100, 100)),
			new RunProperties(65536, new RunProperties.RateLimit(20, 30)), RunStorageProperties.defaults());

	@AfterEach
	void stopWorkers() throws InterruptedException {
		this.workers.destroy();
	}

	@Test
	void aSandboxThatBreaksOnceIsRetriedAndTheSubmissionGraded() {
		AtomicInteger calls = new AtomicInteger();
		when(this.sandbox.grade(any(), any(GradeJob.class), any())).thenAnswer((invocation) -> {
			Consumer<SandboxEvent> sink = invocation.getArgument(2);
			if (calls.incrementAndGet() == 1) {
				return end(sink, new SandboxEvent.Finished(Verdict.CRASHED, null, 1, "The sandbox failed (boom).", 1));
			}
			sink.accept(new SandboxEvent.TestResult("overlaps", true, 3, 3, "", 0, 2));
			return end(sink, new SandboxEvent.Finished(Verdict.OK, 0, 3, "The tests ran.", 3));
		});
		UUID id = UUID.fromString(this.grading.submit("two-naps", "class Naps {}", "ada").id());

		Submission graded = awaitDone(id);
		assertThat(graded.status()).isEqualTo(SubmissionStatus.GRADED);
		assertThat(graded.score()).isEqualTo(3);
		assertThat(graded.gradingCount()).isEqualTo(2);
		assertThat(this.grading.follow(id).orElseThrow().events())
			.anySatisfy((event) -> assertThat(event).isEqualTo(new GradingEvent.StatusChanged(SubmissionStatus.QUEUED,
					"The grader failed (not because of your code); grading it again…")));
	}

	@Test
	void aSandboxThatBreaksTwiceLeavesTheSubmissionFailedAndSaysItIsNotTheLearnersFault() {
		when(this.sandbox.grade(any(), any(GradeJob.class), any()))
			.thenThrow(new IllegalStateException("No compiler JVM became ready within 60 s"));
		UUID id = UUID.fromString(this.grading.submit("two-naps", "class Naps {}", "ada").id());

		Submission failed = awaitDone(id);
		assertThat(failed.status()).isEqualTo(SubmissionStatus.FAILED);
		assertThat(failed.score()).isNull();
		assertThat(failed.gradingCount()).isEqualTo(2);
		assertThat(failed.message()).contains("not a fault in your code").contains("regrade");
		// The live grading hears of it a moment after the record.
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.grading.follow(id).orElseThrow().feedback())
				.hasValueSatisfying((feedback) -> assertThat(feedback.status()).isEqualTo(SubmissionStatus.FAILED)));

		// Once the sandbox works again, an instructor's regrade grades it.
		when(this.sandbox.grade(any(), any(GradeJob.class), any())).thenAnswer((invocation) -> {
			Consumer<SandboxEvent> sink = invocation.getArgument(2);
			sink.accept(new SandboxEvent.TestResult("overlaps", false, 0, 3, "took 2.0 s", 0, 2));
			return end(sink, new SandboxEvent.Finished(Verdict.OK, 0, 3, "The tests ran.", 3));
		});
		assertThat(this.grading.regrade(id)).isTrue();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.records.find(id).orElseThrow().status() == SubmissionStatus.GRADED);
		assertThat(this.records.find(id).orElseThrow().score()).isZero();
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.records.tests(id).isEmpty());
		assertThat(this.records.tests(id)).extracting(TestOutcome::message).containsExactly("took 2.0 s");
	}

	@Test
	void aSubmissionIsStoredBeforeItIsGraded() {
		when(this.sandbox.grade(any(), any(GradeJob.class), any())).thenAnswer((invocation) -> {
			Thread.sleep(200);
			return end(invocation.getArgument(2), new SandboxEvent.Finished(Verdict.OK, 0, 3, "The tests ran.", 3));
		});
		UUID id = UUID.fromString(this.grading.submit("two-naps", "class Naps {}", "ada").id());
		assertThat(this.records.find(id)).hasValueSatisfying((submission) -> assertThat(submission.status())
			.isIn(SubmissionStatus.QUEUED, SubmissionStatus.RUNNING));
		Submission graded = awaitDone(id);
		assertThat(graded.score()).as("the test that never reported fails").isZero();
		// Here the records are not behind Spring's transaction proxy, so the tests' rows
		// may follow the status by a moment.
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.records.tests(id).isEmpty());
		assertThat(this.records.tests(id)).singleElement()
			.satisfies((test) -> assertThat(test.message()).contains("did not report"));
	}

	private Submission awaitDone(UUID id) {
		await().atMost(Duration.ofSeconds(10)).until(() -> this.records.find(id).orElseThrow().status().isDone());
		return this.records.find(id).orElseThrow();
	}

	private static SandboxEvent.Finished end(Consumer<SandboxEvent> sink, SandboxEvent.Finished end) {
		sink.accept(end);
		return end;
	}

	private static JdbcClient migrated() {
		DataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
				"sa", "");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		return JdbcClient.create(dataSource);
	}

}
