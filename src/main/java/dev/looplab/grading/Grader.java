package dev.looplab.grading;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import dev.looplab.catalog.Exercise;
import dev.looplab.catalog.ExerciseFile;
import dev.looplab.sandbox.GradeJob;
import dev.looplab.sandbox.Sandbox;
import dev.looplab.sandbox.SandboxEvent;
import dev.looplab.sandbox.SandboxTicket;
import dev.looplab.sandbox.SourceFile;

import org.springframework.stereotype.Component;

/**
 * Grades one source against a set of an exercise's tests in the sandbox, under the
 * exercise's clock, seed and limits, and scores what the tests reported.
 */
@Component
class Grader {

	private final Sandbox sandbox;

	Grader(Sandbox sandbox) {
		this.sandbox = sandbox;
	}

	/**
	 * Runs the tests once the ticket's turn comes, passing every event to the sink as it
	 * happens.
	 * @param ticket the place in the sandbox's line, closed by the caller
	 * @param maxScore the points the tests are worth together
	 * @return the feedback
	 * @throws GraderBroke when the sandbox itself broke, so the result says nothing about
	 * the code
	 */
	Feedback grade(SandboxTicket ticket, Exercise exercise, String source, List<ExerciseFile> tests, int maxScore,
			Consumer<SandboxEvent> sink) {
		GradingRecorder recorder = new GradingRecorder(sink);
		SandboxEvent.Finished end = this.sandbox.grade(ticket, job(exercise, source, tests), recorder);
		if (Scoring.graderBroke(end)) {
			throw new GraderBroke(end.message());
		}
		return Scoring.score(recorder, end, ExpectedTests.of(tests), maxScore);
	}

	/** What the tests of a set are worth together, from their {@code @Points}. */
	static int pointsOf(List<ExerciseFile> tests) {
		return ExpectedTests.of(tests).stream().mapToInt(ExpectedTests.ExpectedTest::points).sum();
	}

	private static GradeJob job(Exercise exercise, String source, List<ExerciseFile> tests) {
		List<SourceFile> files = tests.stream().map((test) -> new SourceFile(test.fileName(), test.content())).toList();
		Sandbox.Schedule schedule = new Sandbox.Schedule(!"real".equals(exercise.clock()), exercise.seed());
		return new GradeJob(source, files, schedule, Duration.ofSeconds(exercise.limits().cpuSeconds()),
				Duration.ofSeconds(exercise.limits().wallSeconds()));
	}

}
