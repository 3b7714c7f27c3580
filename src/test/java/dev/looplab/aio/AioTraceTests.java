package dev.looplab.aio;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trace of small programs, event by event: what the timeline and the grader will see.
 */
class AioTraceTests {

	@BeforeEach
	void virtualTime() {
		VirtualClock.install();
	}

	@AfterEach
	void realTime() {
		VirtualClock.uninstall();
	}

	@Test
	void mainAwaitingAChildThatSleeps() {
		InMemoryTraceSink sink = new InMemoryTraceSink();
		Aio.run(() -> {
			Task<Object> child = Aio.createTask("child", () -> Aio.sleep(1));
			child.await();
			return null;
		}, SchedulingStrategy.fifo(), sink);
		assertThat(sink.events()).extracting(TraceEvent::brief)
			.containsExactly("1 TASK_CREATED t=0.000 main", "2 TASK_STARTED t=0.000 main",
					"3 TASK_CREATED t=0.000 child", "4 TASK_SUSPENDED t=0.000 main on TASK (child)",
					"5 TASK_STARTED t=0.000 child", "6 TIMER_ARMED t=0.000 child until=1.000",
					"7 TASK_SUSPENDED t=0.000 child on TIMER", "8 TIMER_FIRED t=1.000 until=1.000 (armed by task 2)",
					"9 TASK_RESUMED t=1.000 child", "10 TASK_FINISHED t=1.000 child", "11 TASK_RESUMED t=1.000 main",
					"12 TASK_FINISHED t=1.000 main");
		assertThat(sink.events()).extracting(TraceEvent::taskId).containsExactly(1, 1, 2, 1, 2, 2, 2, 0, 2, 2, 1, 1);
	}

	@Test
	void cancellationAndFailureAreEvents() {
		InMemoryTraceSink sink = new InMemoryTraceSink();
		Aio.run(() -> {
			Task<Object> never = Aio.createTask(() -> Aio.sleep(1));
			never.cancel();
			Task<Object> failing = Aio.createTask(() -> {
				throw new IllegalStateException("no");
			});
			Aio.gatherReturningExceptions(never, failing).await();
			return null;
		}, SchedulingStrategy.fifo(), sink);
		List<String> kinds = sink.events()
			.stream()
			.filter((event) -> event.taskId() != 1)
			.map((event) -> event.kind() + " " + event.taskName()
					+ ((event.detail() != null) ? " " + event.detail() : ""))
			.toList();
		assertThat(kinds).containsExactly("TASK_CREATED Task-2", "TASK_CREATED Task-3", "TASK_STARTED Task-2",
				"TASK_CANCELLED Task-2", "TASK_STARTED Task-3", "TASK_FAILED Task-3 IllegalStateException");
	}

	@Test
	void aBlockingSleepInATaskStallsTheLoopAndIsReported() {
		InMemoryTraceSink sink = new InMemoryTraceSink();
		double elapsed = Aio.run(() -> {
			double start = Aio.time();
			Task<Object> sleeper = Aio.createTask("sleeper", () -> BlockingSleep.sleep(1_500_000_000L));
			Task<Object> ticker = Aio.createTask("ticker", () -> Aio.sleep(1));
			sleeper.await();
			ticker.await();
			return Aio.time() - start;
		}, SchedulingStrategy.fifo(), sink);
		assertThat(elapsed).isEqualTo(2.5);
		TraceEvent blocked = sink.events()
			.stream()
			.filter((event) -> event.kind() == TraceKind.LOOP_BLOCKED)
			.findFirst()
			.orElseThrow();
		assertThat(blocked.taskName()).isEqualTo("sleeper");
		assertThat(blocked.virtualNanos()).isZero();
		assertThat(blocked.untilNanos()).isEqualTo(1_500_000_000L);
		assertThat(sink.events()).filteredOn((event) -> event.kind() == TraceKind.SLOW_CALLBACK)
			.extracting(TraceEvent::detail)
			.containsExactly("Executing <Task pending name='sleeper' id=2> took 1.500 seconds");
	}

	@Test
	void theRunningTaskIsKnownForOutputAttribution() {
		List<String> seen = Aio.run(() -> {
			Task<String> child = Aio.createTask("worker",
					() -> Aio.runningTask().getName() + "#" + Aio.runningTask().id());
			return List.of(Aio.runningTask().getName() + "#" + Aio.runningTask().id(), child.await());
		});
		assertThat(seen).containsExactly("main#1", "worker#2");
		assertThat(Aio.runningTask()).isNull();
	}

}
