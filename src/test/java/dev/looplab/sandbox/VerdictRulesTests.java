package dev.looplab.sandbox;

import java.time.Duration;

import dev.looplab.runner.Protocol;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the ends of the CPU budget read: a runaway recursion is named as such, and a JVM
 * that the budget ended is a time limit even when its report was lost. A deadlock found
 * by the thread scheduler is its own verdict.
 */
class VerdictRulesTests {

	private static final SandboxProperties LIMITS = new SandboxProperties(Duration.ofSeconds(15), 64, 65536,
			Duration.ofSeconds(10), 1, null);

	@Test
	void theCpuBudgetsExitCodeWithoutAReportIsATimeLimitNotSystemExit() {
		RunEnding end = new RunEnding(null, null, Protocol.CPU_BUDGET_EXIT_CODE, "", null, 0, false, false);
		SandboxEvent.Finished finished = VerdictRules.decide(end, LIMITS, 8_000);
		assertThat(finished.verdict()).isEqualTo(Verdict.TIME_LIMIT);
		assertThat(finished.message()).startsWith("Stopped after 7.5 s of CPU time")
			.doesNotContain("System.exit")
			.contains("Look for a loop that never ends");
	}

	@Test
	void aBudgetSpentInADeepRecursionSaysSoAndWhatToChange() {
		RunEnding.Exit exit = new RunEnding.Exit(Protocol.CPU_BUDGET_EXIT_CODE, Protocol.Ending.CPU_BUDGET_IN_RECURSION,
				"line 7 (Main.walk), thread \"main\", at least 1,000 calls deep");
		RunEnding end = new RunEnding(null, exit, Protocol.CPU_BUDGET_EXIT_CODE, "", null, 0, false, false);
		SandboxEvent.Finished finished = VerdictRules.decide(end, LIMITS, 8_000);
		assertThat(finished.verdict()).isEqualTo(Verdict.TIME_LIMIT);
		assertThat(finished.message()).startsWith(
				"Stopped at line 7 (Main.walk), thread \"main\", at least 1,000 calls deep, after 7.5 s of CPU time")
			.contains("finally block")
			.contains("StackOverflowError");
	}

	@Test
	void aDeadlockIsAVerdictOfItsOwnThatSaysWhoWaitsForWhat() {
		RunEnding.Exit exit = new RunEnding.Exit(1, Protocol.Ending.DEADLOCK,
				"Every thread is blocked and no timer is pending: main waits for the lock held by Thread-0; Thread-0 waits for the lock held by main.");
		RunEnding end = new RunEnding(null, exit, 1, "", null, 0, false, false);
		SandboxEvent.Finished finished = VerdictRules.decide(end, LIMITS, 300);
		assertThat(finished.verdict()).isEqualTo(Verdict.DEADLOCK);
		assertThat(finished.message()).startsWith("Deadlock. Every thread is blocked")
			.contains("main waits for the lock held by Thread-0; Thread-0 waits for the lock held by main.")
			.contains("Take locks in the same order");
	}

}
