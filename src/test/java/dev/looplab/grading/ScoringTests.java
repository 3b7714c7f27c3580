package dev.looplab.grading;

import java.util.ArrayList;
import java.util.List;

import dev.looplab.sandbox.SandboxEvent;
import dev.looplab.sandbox.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scores from hand-made sandbox events: the score is the passed tests' points, and a test
 * the sandbox never reported fails with the reason grading stopped.
 */
class ScoringTests {

	private static final List<ExpectedTests.ExpectedTest> EXPECTED = List.of(
			new ExpectedTests.ExpectedTest("prints done", 1), new ExpectedTests.ExpectedTest("overlaps", 2),
			new ExpectedTests.ExpectedTest("any list", 2));

	private final List<SandboxEvent> streamed = new ArrayList<>();

	private final GradingRecorder recorder = new GradingRecorder(this.streamed::add);

	@Test
	void theScoreIsThePointsOfThePassedTests() {
		this.recorder.accept(new SandboxEvent.ProgramRun(1, "main", 10));
		this.recorder.accept(new SandboxEvent.Output(SandboxEvent.Channel.STDOUT, "done", 11));
		this.recorder.accept(new SandboxEvent.Trace(1, "created", 1, "main", "", "", 0, 0, 11));
		this.recorder.accept(new SandboxEvent.TestResult("prints done", true, 1, 1, "", 1, 12));
		this.recorder.accept(new SandboxEvent.TestResult("overlaps()", false, 0, 2,
				"Expected at most 1.0 s of loop time, but it took 2.0 s.", 1, 13));
		this.recorder.accept(new SandboxEvent.TestResult("any list", true, 2, 2, "", 2, 14));
		Feedback feedback = score(new SandboxEvent.Finished(Verdict.OK, 0, 20, "The program finished normally.", 20));

		assertThat(feedback.status()).isEqualTo(SubmissionStatus.GRADED);
		assertThat(feedback.score()).isEqualTo(3);
		assertThat(feedback.maxScore()).isEqualTo(5);
		assertThat(feedback.tests()).extracting(TestOutcome::name)
			.containsExactly("prints done", "overlaps()", "any list");
		assertThat(feedback.tests().get(1).message()).contains("took 2.0 s");
		assertThat(feedback.message()).startsWith("2 of 3 tests pass: 3 of 5 points.");
		assertThat(feedback.programRuns()).singleElement().satisfies((run) -> {
			assertThat(run.title()).isEqualTo("main");
			assertThat(run.output()).extracting(SandboxEvent.Output::text).containsExactly("done");
			assertThat(run.traces()).hasSize(1);
		});
		assertThat(this.streamed).as("every event, the end too, is passed on").hasSize(7);
	}

	@Test
	void testsCutOffByALimitFailWithTheLimitsMessage() {
		this.recorder.accept(new SandboxEvent.TestResult("prints done", true, 1, 1, "", 1, 12));
		Feedback feedback = score(
				new SandboxEvent.Finished(Verdict.TIME_LIMIT, null, 6000, "Stopped after 3 s of CPU time.", 6000));

		assertThat(feedback.status()).isEqualTo(SubmissionStatus.GRADED);
		assertThat(feedback.score()).isEqualTo(1);
		assertThat(feedback.tests()).extracting(TestOutcome::name, TestOutcome::passed, TestOutcome::maxPoints)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("prints done", true, 1),
					org.assertj.core.groups.Tuple.tuple("overlaps", false, 2),
					org.assertj.core.groups.Tuple.tuple("any list", false, 2));
		assertThat(feedback.tests().get(2).message()).contains("stopped").contains("Stopped after 3 s of CPU time.");
		assertThat(feedback.message()).startsWith("1 of 5 points.").contains("Stopped after 3 s");
	}

	@Test
	void codeThatDoesNotCompileScoresZeroWithTheCompilersMessage() {
		this.recorder.accept(new SandboxEvent.Diagnostic(3, 9, "';' expected", 5));
		Feedback feedback = score(new SandboxEvent.Finished(Verdict.COMPILE_ERROR, null, 5,
				"The code does not compile: 1 error. The first is on line 3: ';' expected. Fix it and run again.", 5));

		assertThat(feedback.status()).isEqualTo(SubmissionStatus.GRADED);
		assertThat(feedback.score()).isZero();
		assertThat(feedback.message()).startsWith("The code does not compile");
		assertThat(feedback.diagnostics()).singleElement().extracting(SandboxEvent.Diagnostic::line).isEqualTo(3L);
		assertThat(feedback.tests()).hasSize(3).allSatisfy((test) -> {
			assertThat(test.passed()).isFalse();
			assertThat(test.message()).contains("does not compile");
		});
	}

	@Test
	void unmatchedNamesNeverPushTheTotalOverTheMaximum() {
		this.recorder.accept(new SandboxEvent.TestResult("renamed one", true, 1, 1, "", 0, 1));
		this.recorder.accept(new SandboxEvent.TestResult("renamed two", true, 2, 2, "", 0, 2));
		this.recorder.accept(new SandboxEvent.TestResult("renamed three", false, 0, 2, "no", 0, 3));
		Feedback feedback = score(new SandboxEvent.Finished(Verdict.OK, 0, 20, "fine", 20));

		assertThat(feedback.tests()).hasSize(3);
		assertThat(feedback.score()).isEqualTo(3);
	}

	@Test
	void aResultCountsWhatItsTestDeclaresAndOnlyOnce() {
		// What a forged or repeated result frame would claim: more points than the test
		// is
		// worth, and the same passing test again.
		this.recorder.accept(new SandboxEvent.TestResult("prints done", true, 5, 5, "", 1, 12));
		this.recorder.accept(new SandboxEvent.TestResult("prints done", true, 5, 5, "", 1, 13));
		this.recorder.accept(new SandboxEvent.TestResult("overlaps", false, 0, 2, "took 2.0 s", 1, 14));
		this.recorder.accept(new SandboxEvent.TestResult("overlaps", true, 2, 2, "", 1, 15));
		Feedback feedback = score(new SandboxEvent.Finished(Verdict.OK, 0, 20, "The program finished normally.", 20));

		assertThat(feedback.tests())
			.extracting(TestOutcome::name, TestOutcome::passed, TestOutcome::points, TestOutcome::maxPoints)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("prints done", true, 1, 1),
					org.assertj.core.groups.Tuple.tuple("overlaps", false, 0, 2),
					org.assertj.core.groups.Tuple.tuple("any list", false, 0, 2));
		assertThat(feedback.score()).isEqualTo(1);
	}

	@Test
	void aSandboxThatBrokeSaysNothingAboutTheCode() {
		assertThat(Scoring.graderBroke(new SandboxEvent.Finished(Verdict.CRASHED, null, 1, "The sandbox failed", 1)))
			.isTrue();
		assertThat(Scoring.graderBroke(new SandboxEvent.Finished(Verdict.RUNTIME_ERROR, 1, 1, "boom", 1))).isFalse();
	}

	private Feedback score(SandboxEvent.Finished end) {
		this.recorder.accept(end);
		return Scoring.score(this.recorder, end, EXPECTED, 5);
	}

}
