package dev.looplab.grading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.looplab.LooplabApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a regrade is for: an instructor fixes an exercise's tests, restarts the server and
 * regrades; the submission is graded again, in the real sandbox, against the tests the
 * server has now, and its score changes.
 */
class RegradeAfterTheTestsChangeTests {

	static final Path COURSE = Path.of("src/test/resources/grading/course");

	static final String EXERCISE = "chapters/01-naps/exercises/two-naps";

	@TempDir
	Path dataDir;

	@TempDir
	Path content;

	@Test
	void aRegradedSubmissionIsGradedAgainstTheChangedTests() throws IOException {
		copy(COURSE, this.content);
		// Room for a busy build machine: the grading must not hit the exercise's limits.
		Path statement = this.content.resolve(EXERCISE).resolve("exercise.md");
		String roomy = Files.readString(statement)
			.replace("points: 3\n", "points: 3\ncpu-seconds: 30\nwall-seconds: 60\n");
		assertThat(roomy).contains("cpu-seconds: 30");
		Files.writeString(statement, roomy);
		String starter = Files.readString(this.content.resolve(EXERCISE).resolve("starter/Naps.java"));
		UUID id;
		int gradings;
		try (ConfigurableApplicationContext first = start()) {
			GradingService grading = first.getBean(GradingService.class);
			id = UUID.fromString(grading.submit("two-naps", starter, "ada").id());
			Submission graded = awaitGraded(grading, id);
			assertThat(graded.score()).as("the starter's naps take 2 s, not 1 s: %s", grading.find(id)).isEqualTo(1);
			// One grading, or two when a busy machine made the sandbox give up once.
			gradings = graded.gradingCount();
			assertThat(gradings).isPositive();
		}

		// The instructor decides that 2 s of loop time is good enough.
		Path tests = this.content.resolve(EXERCISE).resolve("tests/hidden/NapsTests.java");
		String changed = Files.readString(tests)
			.replace("Expect.finishesWithin(run, 1.0,", "Expect.finishesWithin(run, 2.0,");
		assertThat(changed).contains("2.0,");
		Files.writeString(tests, changed);

		try (ConfigurableApplicationContext second = start()) {
			GradingService grading = second.getBean(GradingService.class);
			assertThat(grading.find(id).orElseThrow().submission().score()).as("kept until regraded").isEqualTo(1);
			assertThat(grading.regrade(id)).isTrue();
			Submission regraded = awaitGraded(grading, id);
			assertThat(regraded.score()).as("%s", grading.find(id)).isEqualTo(3);
			assertThat(regraded.gradingCount()).isGreaterThan(gradings);
			assertThat(grading.find(id).orElseThrow().tests()).allSatisfy((test) -> assertThat(test.passed()).isTrue());
		}
	}

	private static Submission awaitGraded(GradingService grading, UUID id) {
		// The first grading of a fresh server waits for its compilers to warm up.
		await().atMost(240, TimeUnit.SECONDS)
			.until(() -> grading.find(id).orElseThrow().submission().status().isDone());
		Submission submission = grading.find(id).orElseThrow().submission();
		assertThat(submission.status()).as(submission.message()).isEqualTo(SubmissionStatus.GRADED);
		return submission;
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(LooplabApplication.class).run("--server.port=0",
				"--looplab.data-dir=" + this.dataDir, "--looplab.content-dir=" + this.content,
				"--looplab.sandbox.pool-size=1", "--looplab.admin.password=regrade-test-password");
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target);
				}
			}
		}
	}

}
