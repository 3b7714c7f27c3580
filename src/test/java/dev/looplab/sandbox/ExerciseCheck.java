package dev.looplab.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.looplab.catalog.Exercise;
import dev.looplab.catalog.ExerciseFile;

/**
 * Grades an exercise's own solutions the way learners' submissions are graded, and lists
 * what is wrong with the exercise: the reference must earn full marks with every hidden
 * and visible test passing, the starter must compile and earn less (the same twice over),
 * and the hidden tests' points must add up to the exercise's {@code points}.
 */
final class ExerciseCheck {

	private final Sandbox sandbox;

	ExerciseCheck(Sandbox sandbox) {
		this.sandbox = sandbox;
	}

	/** What is wrong with the exercise, one sentence each; empty when nothing is. */
	List<String> problems(Exercise exercise) {
		List<String> problems = new ArrayList<>();
		Grading reference = grade(exercise, exercise.reference(), exercise.hiddenTests());
		if (!reference.ran()) {
			problems.add("the reference could not be graded: " + reference.finished().verdict() + ", "
					+ reference.finished().message());
		}
		else {
			if (reference.maxPoints() != exercise.maxScore()) {
				problems.add("its points key is " + exercise.maxScore() + ", but the hidden tests that ran give "
						+ reference.maxPoints() + " points " + reference.pointsByTest());
			}
			reference.failures()
				.forEach((test) -> problems
					.add("the reference fails the hidden test '" + test.name() + "': " + test.message()));
			if (reference.tests().isEmpty()) {
				problems.add("no hidden test ran against the reference; give the test methods @Test");
			}
		}
		Grading starter = grade(exercise, exercise.starter(), exercise.hiddenTests());
		if (!starter.ran()) {
			problems.add("the starter could not be graded (it must compile and run): " + starter.finished().verdict()
					+ ", " + starter.finished().message());
		}
		else if (starter.failures().isEmpty() || starter.points() >= exercise.maxScore()) {
			problems.add("the starter passes every hidden test (" + starter.points() + " of " + exercise.maxScore()
					+ " points); the tests do not notice what the learner is asked to change");
		}
		else {
			Grading again = grade(exercise, exercise.starter(), exercise.hiddenTests());
			if (!again.outcomes().equals(starter.outcomes())) {
				problems.add("grading the starter twice gave different results, " + starter.outcomes() + " and then "
						+ again.outcomes() + "; a test depends on something other than the program's schedule");
			}
		}
		if (!exercise.visibleTests().isEmpty()) {
			Grading visible = grade(exercise, exercise.reference(), exercise.visibleTests());
			if (!visible.ran()) {
				problems.add("the reference could not be checked with the visible tests: "
						+ visible.finished().verdict() + ", " + visible.finished().message());
			}
			visible.failures()
				.forEach((test) -> problems
					.add("the reference fails the visible test '" + test.name() + "': " + test.message()));
		}
		return problems;
	}

	/**
	 * The points a source earns on the exercise's hidden tests, and what each test said.
	 */
	Grading gradeHidden(Exercise exercise, ExerciseFile solution) {
		return grade(exercise, solution, exercise.hiddenTests());
	}

	private Grading grade(Exercise exercise, ExerciseFile solution, List<ExerciseFile> tests) {
		List<SourceFile> sources = tests.stream()
			.map((test) -> new SourceFile(test.fileName(), test.content()))
			.toList();
		GradeJob job = new GradeJob(solution.content(), sources,
				new Sandbox.Schedule(exercise.clock().equals("virtual"), exercise.seed()),
				Duration.ofSeconds(exercise.limits().cpuSeconds()),
				Duration.ofSeconds(exercise.limits().wallSeconds()));
		List<SandboxEvent.TestResult> results = new ArrayList<>();
		SandboxEvent.Finished finished = this.sandbox.grade(job, (event) -> {
			if (event instanceof SandboxEvent.TestResult result) {
				results.add(result);
			}
		});
		return new Grading(finished, results);
	}

	/** The end of one grading and the tests it reported. */
	record Grading(SandboxEvent.Finished finished, List<SandboxEvent.TestResult> tests) {

		boolean ran() {
			return this.finished.verdict() == Verdict.OK;
		}

		int points() {
			return this.tests.stream().mapToInt(SandboxEvent.TestResult::points).sum();
		}

		int maxPoints() {
			return this.tests.stream().mapToInt(SandboxEvent.TestResult::maxPoints).sum();
		}

		List<SandboxEvent.TestResult> failures() {
			return this.tests.stream().filter((test) -> !test.passed()).toList();
		}

		/** What a learner sees of each test, without the moments at which they ran. */
		List<String> outcomes() {
			return this.tests.stream()
				.map((test) -> test.name() + ": " + test.points() + "/" + test.maxPoints() + " " + test.message())
				.sorted()
				.toList();
		}

		List<String> pointsByTest() {
			return this.tests.stream().map((test) -> test.name() + "=" + test.maxPoints()).toList();
		}

	}

}
