package dev.looplab.aio;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One program and one seed give one trace, every time; other seeds explore other orders.
 */
class AioDeterminismTests {

	@BeforeEach
	void virtualTime() {
		VirtualClock.install();
	}

	@AfterEach
	void realTime() {
		VirtualClock.uninstall();
	}

	/** Workers that interleave through sleep(0), a lock, a queue and timers. */
	private static List<String> program(SchedulingStrategy strategy, InMemoryTraceSink sink) {
		List<String> log = new ArrayList<>();
		Aio.run(() -> {
			Lock lock = new Lock();
			Queue<Integer> queue = new Queue<>(2);
			List<Task<Object>> tasks = new ArrayList<>();
			for (int w = 0; w < 4; w++) {
				int id = w;
				tasks.add(Aio.createTask(() -> {
					for (int i = 0; i < 3; i++) {
						log.add("w" + id + " step " + i);
						Aio.sleep(0);
						try (Held held = lock.hold()) {
							log.add("w" + id + " locked");
							Aio.sleep(0.01 * (id % 2));
						}
						queue.put(id * 10 + i);
					}
				}));
			}
			tasks.add(Aio.createTask(() -> {
				for (int n = 0; n < 12; n++) {
					log.add("got " + queue.get());
				}
			}));
			Aio.gather(tasks).await();
			return null;
		}, strategy, sink);
		return log;
	}

	private static List<String> trace(InMemoryTraceSink sink) {
		// Real time differs from run to run; everything else must not.
		return sink.events()
			.stream()
			.map((event) -> event.seq() + " " + event.kind() + " " + event.virtualNanos() + " " + event.taskId() + " "
					+ event.waitsOn() + " " + event.untilNanos())
			.toList();
	}

	@Test
	void theSameSeedGivesTheSameTraceAndOutput() {
		InMemoryTraceSink first = new InMemoryTraceSink();
		InMemoryTraceSink second = new InMemoryTraceSink();
		List<String> firstLog = program(SchedulingStrategy.randomOrder(42), first);
		VirtualClock.install();
		List<String> secondLog = program(SchedulingStrategy.randomOrder(42), second);
		assertThat(trace(first)).isNotEmpty().isEqualTo(trace(second));
		assertThat(firstLog).isEqualTo(secondLog);
	}

	@Test
	void fifoIsRepeatableAndOtherSeedsExploreOtherOrders() {
		InMemoryTraceSink fifo = new InMemoryTraceSink();
		List<String> fifoLog = program(SchedulingStrategy.fifo(), fifo);
		VirtualClock.install();
		assertThat(program(SchedulingStrategy.fifo(), new InMemoryTraceSink())).isEqualTo(fifoLog);
		Set<List<String>> orders = new HashSet<>();
		orders.add(fifoLog);
		for (long seed = 1; seed <= 5; seed++) {
			VirtualClock.install();
			orders.add(program(SchedulingStrategy.randomOrder(seed), new InMemoryTraceSink()));
		}
		assertThat(orders).hasSizeGreaterThan(1);
	}

}
