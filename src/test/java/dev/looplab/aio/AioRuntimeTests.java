package dev.looplab.aio;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Edges of the runtime that no CPython twin shows: errors, clocks, real time. */
class AioRuntimeTests {

	@AfterEach
	void realTime() {
		VirtualClock.uninstall();
	}

	@Test
	void aTaskMaySuspendInsideSynchronized() {
		// JDK 25 continuations yield while holding a monitor (ADR 7: another task
		// entering
		// the same monitor meanwhile would block the loop's thread; use Aio's Lock).
		VirtualClock.install();
		Object monitor = new Object();
		String result = Aio.run(() -> {
			synchronized (monitor) {
				Aio.sleep(1);
				return "slept " + Aio.time();
			}
		});
		assertThat(result).isEqualTo("slept 1.0");
	}

	@Test
	void aProgramThatCanNeverContinueIsStoppedInsteadOfHanging() {
		VirtualClock.install();
		assertThatThrownBy(() -> Aio.run(() -> {
			Aio.createFuture().await();
		})).isInstanceOf(IllegalStateException.class).hasMessageContaining("nothing can wake");
	}

	@Test
	void apisThatNeedALoopSaySo() {
		assertThatThrownBy(() -> Aio.sleep(1)).hasMessageContaining("inside Aio.run");
		assertThatThrownBy(() -> Aio.run(() -> Aio.run(() -> 1))).hasMessageContaining("running event loop");
	}

	@Test
	void realTimeRunsReallyWait() {
		long start = System.nanoTime();
		double loopElapsed = Aio.run(() -> {
			double t0 = Aio.time();
			Aio.gather(() -> {
				Aio.sleep(0.05);
				return 1;
			}, () -> {
				Aio.sleep(0.1);
				return 2;
			}).await();
			return Aio.time() - t0;
		});
		assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(100_000_000L);
		assertThat(loopElapsed).isBetween(0.1, 1.0);
	}

	@Test
	void executorSleepsAreVirtualAndTheClockWaitsForBusyWorkers() {
		VirtualClock.install();
		AtomicInteger spins = new AtomicInteger();
		double elapsed = Aio.run(() -> {
			double t0 = Aio.time();
			// Six blocking jobs on at most five workers: the sixth waits for a free
			// worker.
			java.util.List<Future<Integer>> jobs = new java.util.ArrayList<>();
			for (int i = 0; i < 6; i++) {
				jobs.add(Aio.runInExecutor(() -> {
					BlockingSleep.sleep(1_000_000_000L);
					return spins.incrementAndGet();
				}));
			}
			Aio.gather(jobs).await();
			return Aio.time() - t0;
		});
		int workers = Math.min(32, Runtime.getRuntime().availableProcessors() + 4);
		assertThat(spins).hasValue(6);
		assertThat(elapsed).isEqualTo((workers >= 6) ? 1.0 : 2.0);
	}

}
