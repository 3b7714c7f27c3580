package dev.looplab.testkit;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The measures a test reads from a program run, on hand-built traces.
 */
class ProgramRunTests {

	/** Four fetches, at most two at once (a semaphore of two), then a summary. */
	private static final ProgramRun TWO_AT_A_TIME = Traces.run("0.0 created 1 main", "0.0 started 1 main",
			"0.0 created 2 fetch-a", "0.0 created 3 fetch-b", "0.0 created 4 fetch-c", "0.0 created 5 fetch-d",
			"0.0 suspended 1 main task fetch-a", "0.0 started 2 fetch-a", "0.0 suspended 2 fetch-a timer",
			"0.0 started 3 fetch-b", "0.0 suspended 3 fetch-b timer", "0.0 started 4 fetch-c",
			"0.0 suspended 4 fetch-c semaphore", "0.0 started 5 fetch-d", "0.0 suspended 5 fetch-d semaphore",
			"1.0 resumed 2 fetch-a", "1.0 output 2 fetch-a - fetched a", "1.0 finished 2 fetch-a",
			"1.0 resumed 4 fetch-c", "1.0 suspended 4 fetch-c timer", "1.0 resumed 3 fetch-b",
			"1.0 output 3 fetch-b - fetched b", "1.0 finished 3 fetch-b", "1.0 resumed 5 fetch-d",
			"1.0 suspended 5 fetch-d timer", "2.0 resumed 4 fetch-c", "2.0 finished 4 fetch-c", "2.0 resumed 5 fetch-d",
			"2.0 finished 5 fetch-d", "2.0 resumed 1 main", "2.0 output 1 main - done", "2.0 finished 1 main");

	@Test
	void elapsedTimeRunsFromTheFirstToTheLastEvent() {
		assertThat(TWO_AT_A_TIME.elapsedSeconds()).isEqualTo(2.0);
		assertThat(Traces.run("0.5 created 1 main", "3.0 finished 1 main").elapsedSeconds()).isEqualTo(2.5);
	}

	@Test
	void aRunWithoutALoopTakesTheTimeOfItsClock() {
		ProgramRun threads = new ProgramRun(1, "main()", "the program", List.of("done"), List.of(1.5), List.of(), true,
				null, List.of(), 1.5);
		assertThat(threads.elapsedSeconds()).isEqualTo(1.5);
		assertThat(threads.timeOfLine("done")).isEqualTo(1.5);
	}

	@Test
	void tasksAtOnceCountStartedTasksThatHaveNotEndedButNotTheMainTask() {
		assertThat(TWO_AT_A_TIME.mostTasksAtOnce("fetch")).isEqualTo(4);
		assertThat(TWO_AT_A_TIME.mostTasksAtOnce("")).isEqualTo(4);
		assertThat(TWO_AT_A_TIME.mostTasksAtOnce("fetch-a")).isEqualTo(1);
		assertThat(TWO_AT_A_TIME.mostTasksAtOnce("parse")).isZero();
		ProgramRun oneAfterTheOther = Traces.run("0.0 started 2 a", "1.0 finished 2 a", "1.0 started 3 b",
				"2.0 cancelled 3 b", "2.0 started 4 c", "3.0 failed 4 c");
		assertThat(oneAfterTheOther.mostTasksAtOnce("")).isEqualTo(1);
	}

	@Test
	void waitingCountsTasksSuspendedOnOneKindAtTheSameTime() {
		assertThat(TWO_AT_A_TIME.mostTasksWaitingOn("timer")).isEqualTo(2);
		assertThat(TWO_AT_A_TIME.mostTasksWaitingOn("semaphore")).isEqualTo(2);
		assertThat(TWO_AT_A_TIME.mostTasksWaitingOn("task")).isEqualTo(1);
		assertThat(TWO_AT_A_TIME.mostTasksWaitingOn("queue")).isZero();
	}

	@Test
	void eachTaskKeepsItsTimesEndingSuspensionsAndLines() {
		assertThat(TWO_AT_A_TIME.tasks()).extracting(TaskRecord::name)
			.containsExactly("fetch-a", "fetch-b", "fetch-c", "fetch-d");
		TaskRecord c = TWO_AT_A_TIME.task("fetch-c").orElseThrow();
		assertThat(c)
			.isEqualTo(new TaskRecord(4, "fetch-c", 0.0, 0.0, 2.0, "finished", 2, List.of(), Double.NaN, List.of()));
		assertThat(TWO_AT_A_TIME.task("fetch-a").orElseThrow().lines()).containsExactly("fetched a");
		assertThat(TWO_AT_A_TIME.task("nothing")).isEmpty();
	}

	@Test
	void aCancellationIsSeenWhereItReachesTheTaskAndWhatItPrintedAfterIsKept() {
		ProgramRun swallowed = Traces.run("0.0 created 2 worker", "0.0 started 2 worker",
				"0.0 suspended 2 worker timer", "1.0 resumed 2 worker - cancelled",
				"1.0 output 2 worker - ignoring cancel", "1.0 suspended 2 worker timer", "2.0 resumed 2 worker",
				"2.0 output 2 worker - still going", "2.0 finished 2 worker");
		TaskRecord worker = swallowed.task("worker").orElseThrow();
		assertThat(worker.cancelledAt()).isEqualTo(1.0);
		assertThat(worker.linesAfterCancel()).containsExactly("ignoring cancel", "still going");
		assertThat(worker.ending()).isEqualTo("finished");
		ProgramRun stopped = Traces.run("0.0 started 2 worker", "0.0 suspended 2 worker timer",
				"1.0 resumed 2 worker - cancelled", "1.0 cancelled 2 worker");
		assertThat(stopped.task("worker").orElseThrow()).satisfies((task) -> {
			assertThat(task.cancelledAt()).isEqualTo(1.0);
			assertThat(task.linesAfterCancel()).isEmpty();
			assertThat(task.ending()).isEqualTo("cancelled");
		});
		ProgramRun unfinished = Traces.run("0.0 created 2 worker");
		assertThat(unfinished.task("worker").orElseThrow().ending()).isEqualTo("unfinished");
		assertThat(unfinished.task("worker").orElseThrow().wasCancelled()).isFalse();
	}

	@Test
	void theLoopIsBlockedOnlyWhereTheTraceSaysSo() {
		assertThat(TWO_AT_A_TIME.loopEverBlocked()).isFalse();
		ProgramRun blocked = Traces.run("0.0 started 2 ticker", "0.0 loop_blocked 2 ticker - blocking sleep of 500 ms",
				"0.5 slow_callback 2 ticker - took 0.5 s", "0.5 finished 2 ticker");
		assertThat(blocked.loopEverBlocked()).isTrue();
		assertThat(blocked.loopBlocks()).extracting(TraceEntry::detail).containsExactly("blocking sleep of 500 ms");
	}

	@Test
	void aLineIsTimedByTheLoopWhenItWasPrinted() {
		assertThat(TWO_AT_A_TIME.timeOfLine("fetched b")).isEqualTo(1.0);
		assertThat(TWO_AT_A_TIME.timeOfLine("done")).isEqualTo(2.0);
		assertThat(TWO_AT_A_TIME.timeOfLine("never")).isNaN();
		assertThat(TWO_AT_A_TIME.output()).isEqualTo("fetched a\nfetched b\ndone");
	}

}
