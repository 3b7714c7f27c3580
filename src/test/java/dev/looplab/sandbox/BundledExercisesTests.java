package dev.looplab.sandbox;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.looplab.catalog.Course;
import dev.looplab.catalog.CoursesForTests;
import dev.looplab.catalog.Exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatRuntimeException;

/**
 * Every exercise that ships with the course, graded through the real sandbox as a
 * learner's submission would be: the reference earns full marks, the starter compiles and
 * earns less, and the points add up. A failure names the exercise and what is wrong with
 * it, so a broken exercise fails the build instead of a learner's grade.
 */
class BundledExercisesTests {

	/** Exercises made broken on purpose, to show that the checks can fail. */
	private static final Path FIXTURES = Path.of("src/test/resources/exercise-fixtures");

	private static ChildJvmPool pool;

	private static IsolatedCompiler compiler;

	private static ExerciseCheck check;

	private static Sandbox sandbox;

	@BeforeAll
	static void startSandbox() throws IOException {
		SandboxProperties limits = new SandboxProperties(Duration.ofSeconds(20), 64, 64 * 1024, Duration.ofSeconds(20),
				2, null);
		pool = new ChildJvmPool(limits);
		pool.start();
		compiler = new IsolatedCompiler(limits);
		compiler.start();
		sandbox = new Sandbox(compiler, pool, new RunSupervisor(limits), limits);
		check = new ExerciseCheck(sandbox);
	}

	@AfterAll
	static void stopSandbox() {
		pool.stop();
		compiler.stop();
	}

	static Stream<String> bundledExercises() {
		return CoursesForTests.bundled().exercises().stream().map(Exercise::id);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("bundledExercises")
	void theReferenceEarnsFullMarksAndTheStarterLess(String id) {
		Exercise exercise = CoursesForTests.bundled().exercise(id).orElseThrow();
		assertThat(check.problems(exercise)).as("exercise '%s' (chapter %s)", exercise.id(), exercise.chapterId())
			.isEmpty();
	}

	/**
	 * Hidden tests judge how the program ran (its tasks, waits and their order), not only
	 * what it printed: a starter whose main just prints the reference's output, with no
	 * task and no wait, earns at most a third of the points.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("bundledExercises")
	void printingTheExpectedOutputEarnsAtMostAThird(String id) {
		Exercise exercise = CoursesForTests.bundled().exercise(id).orElseThrow();
		ExerciseCheck.Grading cheat = check.gradeHidden(exercise, PrintingOnlyCheat.of(exercise, sandbox));

		assertThat(cheat.ran()).as(cheat.finished().message()).isTrue();
		assertThat(cheat.points()).as("points of a main that only prints, in '%s': %s", id, cheat.outcomes())
			.isLessThanOrEqualTo(exercise.maxScore() / 3);
	}

	@Test
	void theCourseShipsGradedExercisesInTheEventLoopChapters() {
		Course course = CoursesForTests.bundled();

		assertThat(course.exercises()).hasSizeGreaterThanOrEqualTo(6);
		assertThat(course.exercises()).extracting(Exercise::chapterId)
			.contains("coroutines-and-the-event-loop", "cancellation-timeouts-and-errors", "inside-the-event-loop");
	}

	@Test
	void reportsAnExerciseWhosePointsReferenceAndStarterAreWrong() {
		Exercise broken = CoursesForTests.load(FIXTURES.resolve("wrong-solutions"))
			.exercise("wrong-solutions")
			.orElseThrow();

		assertThat(check.problems(broken)).satisfiesExactly(
				(problem) -> assertThat(problem)
					.isEqualTo("its points key is 3, but the hidden tests that ran give 2 points [greets the world=2]"),
				(problem) -> assertThat(problem).startsWith("the reference fails the hidden test 'greets the world': ")
					.contains("hello, world"),
				(problem) -> assertThat(problem).isEqualTo("the starter passes every hidden test (2 of 3 points); the"
						+ " tests do not notice what the learner is asked to change"));
	}

	@Test
	void aBrokenExerciseFolderFailsTheLoadNamingIt() {
		Path content = FIXTURES.resolve("missing-reference");

		assertThatRuntimeException().isThrownBy(() -> CoursesForTests.load(content))
			.withMessageStartingWith(content + "/chapters/01-greetings/exercises/no-reference: reference/ must hold"
					+ " exactly one .java file, found []");
	}

}
