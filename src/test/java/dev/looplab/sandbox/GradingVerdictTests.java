package dev.looplab.sandbox;

import java.time.Duration;

import dev.looplab.runner.Protocol;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a grading's JVM ended decides whether its tests ran to the end: only the runner's
 * own last frame says so, never an exit code the program could have chosen.
 */
class GradingVerdictTests {

	private static final SandboxProperties LIMITS = new SandboxProperties(Duration.ofSeconds(10), 64, 16 * 1024,
			Duration.ofSeconds(20), 2, null);

	private static final JobLimits JOB = JobLimits.forRun(LIMITS);

	@Test
	void aJvmThatEndedWithCodeZeroWithoutTheRunnersWordStoppedTheTestsPartWay() {
		RunEnding exitedItself = new RunEnding(null, null, 0, "", null, 10, false, false);
		TestTally tally = new TestTally((event) -> {
		});
		tally.accept(new SandboxEvent.TestResult("first", true, 1, 1, "", 1, 5));

		SandboxEvent.Finished ended = VerdictRules.decideGrading(exitedItself, LIMITS, JOB, 50);
		SandboxEvent.Finished graded = VerdictRules.graded(ended, tally);

		assertThat(graded.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
		assertThat(graded.message()).isEqualTo("The program ended the JVM itself (exit code 0) before the tests were"
				+ " done. 1 test finished before that; the others earn no points.");
	}

	@Test
	void theRunnersOwnEndIsTheEndOfTheTests() {
		RunEnding returned = new RunEnding(null, new RunEnding.Exit(0, Protocol.Ending.RETURNED, "3 tests"), 0, "",
				null, 10, false, false);

		assertThat(VerdictRules.decideGrading(returned, LIMITS, JOB, 50).verdict()).isEqualTo(Verdict.OK);
	}

}
