package dev.looplab.testkit;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The test kit's assertions pass when they should, and fail with a message a learner can
 * act on: what was expected, what happened, and the hint.
 */
class ExpectTests {

	private static final ProgramRun SEQUENTIAL = Traces.run("0.0 created 1 main", "0.0 created 2 fetch-a",
			"0.0 suspended 1 main task fetch-a", "0.0 started 2 fetch-a", "0.0 suspended 2 fetch-a timer",
			"1.0 resumed 2 fetch-a", "1.0 output 2 fetch-a - fetched a", "1.0 finished 2 fetch-a",
			"1.0 created 3 fetch-b", "1.0 started 3 fetch-b", "1.0 suspended 3 fetch-b timer", "2.0 resumed 3 fetch-b",
			"2.0 output 3 fetch-b - fetched b", "2.0 finished 3 fetch-b", "2.0 output 1 main - Done",
			"2.0 finished 1 main");

	@Test
	void timeChecksSayHowLongItTookAndGiveTheHint() {
		assertThatThrownBy(() -> Expect.finishesWithin(SEQUENTIAL, 1.0, "start both fetches first."))
			.isInstanceOf(AssertionFailedError.class)
			.hasMessage("Expected the program to take at most 1.0 s of loop time, but it took 2.0 s."
					+ " Hint: start both fetches first.");
		assertThatCode(() -> Expect.finishesWithin(SEQUENTIAL, 2.0, "")).doesNotThrowAnyException();
		assertThatThrownBy(() -> Expect.takesAtLeast(SEQUENTIAL, 2.5, ""))
			.hasMessage("Expected the program to take at least 2.5 s of loop time, but it took only 2.0 s.");
	}

	@Test
	void aRunThatOnlyPrintsHasNoWaitsToShow() {
		ProgramRun printsOnly = Traces.run("0.0 created 1 main", "0.0 output 1 main - fetched a",
				"0.0 output 1 main - fetched b", "0.0 finished 1 main");

		assertThatCode(() -> Expect.waitedAtLeast(SEQUENTIAL, "timer", 2, "")).doesNotThrowAnyException();
		assertThatThrownBy(() -> Expect.waitedAtLeast(SEQUENTIAL, "timer", 3, "keep fetch as it is."))
			.hasMessage("Expected the program to wait on a timer (a sleep) at least 3 times, but it did only twice."
					+ " Hint: keep fetch as it is.");
		assertThatThrownBy(() -> Expect.waitedAtLeast(printsOnly, "timer", 2, ""))
			.hasMessage("Expected the program to wait on a timer (a sleep) at least twice, but it never did.");
	}

	@Test
	void aRunThatDidNotFinishFailsTheChecksThatNeedItsEnd() {
		ProgramRun failed = Traces.run(false, "java.lang.IllegalStateException: boom", "0.0 created 1 main");
		assertThatThrownBy(() -> Expect.completes(failed)).hasMessage(
				"Expected the program to run to its end, but it stopped with java.lang.IllegalStateException: boom.");
		assertThatThrownBy(() -> Expect.finishesWithin(failed, 4, "")).hasMessage(
				"Expected the program to take at most 4.0 s of loop time, but it did not finish: it stopped with java.lang.IllegalStateException: boom.");
	}

	@Test
	void outputChecksQuoteWhatWasPrinted() {
		assertThatThrownBy(() -> Expect.printed(SEQUENTIAL, "done"))
			.hasMessage("Expected the program to print the line \"done\", but it never did. It printed \"Done\","
					+ " which differs only in spaces or capital letters.");
		assertThatThrownBy(() -> Expect.printed(SEQUENTIAL, "fetched c")).hasMessage(
				"Expected the program to print the line \"fetched c\", but it never did. It printed \"fetched a\", \"fetched b\", \"Done\".");
		assertThatThrownBy(() -> Expect.printedInOrder(SEQUENTIAL, "fetched b", "fetched a")).hasMessage(
				"Expected the program to print the line \"fetched a\" after \"fetched b\", but it came before it.");
		assertThatCode(() -> Expect.printedInOrder(SEQUENTIAL, "fetched a", "Done")).doesNotThrowAnyException();
		assertThatThrownBy(() -> Expect.outputIs(SEQUENTIAL, "fetched a\nfetched c\nDone\n"))
			.hasMessage("Expected line 2 of the output of the program to be \"fetched c\", but it was \"fetched b\".");
		assertThatThrownBy(() -> Expect.outputIs(SEQUENTIAL, "fetched a\nfetched b"))
			.hasMessage("Expected the program to print 2 lines, but it printed 3; the first extra line is \"Done\".");
		assertThatThrownBy(() -> Expect.happensBefore(SEQUENTIAL, "fetched b", "fetched a", "await in order."))
			.hasMessage(
					"Expected the program to print \"fetched b\" before \"fetched a\", but \"fetched a\" came first."
							+ " Hint: await in order.");
	}

	@Test
	void scheduleChecksSayWhatTheTraceShowed() {
		assertThatThrownBy(() -> Expect.atLeastTasksAtOnce(SEQUENTIAL, "fetch", 2, "create both tasks first."))
			.hasMessage("Expected at least 2 tasks whose name starts with \"fetch\" to run at the same time,"
					+ " but at most 1 did. Hint: create both tasks first.");
		assertThatCode(() -> Expect.atMostTasksAtOnce(SEQUENTIAL, "fetch", 1, "")).doesNotThrowAnyException();
		assertThatThrownBy(() -> Expect.atMostWaitingAtOnce(SEQUENTIAL, "timer", 0, "")).hasMessage(
				"Expected at most 0 tasks to wait on a timer (a sleep) at the same time, but 1 did (at 0.0 s).");
		assertThatThrownBy(() -> Expect.suspendedAtLeast(SEQUENTIAL, "fetch-a", 2, ""))
			.hasMessage("Expected the task \"fetch-a\" to wait (suspend) at least twice, but it did once.");
		assertThatThrownBy(() -> Expect.cancelledAndStopped(SEQUENTIAL, "fetch-a", "cancel it.")).hasMessage(
				"Expected the task \"fetch-a\" to be cancelled, but it never was: it finished normally at 1.0 s."
						+ " Hint: cancel it.");
		assertThatThrownBy(() -> Expect.cancelledAndStopped(SEQUENTIAL, "fetch-z", "")).hasMessage(
				"Expected the program to create a task named \"fetch-z\", but its tasks were \"fetch-a\", \"fetch-b\".");
		assertThatCode(() -> Expect.loopNeverBlocked(SEQUENTIAL, "")).doesNotThrowAnyException();
	}

}
