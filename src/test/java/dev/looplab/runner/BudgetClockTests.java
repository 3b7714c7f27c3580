package dev.looplab.runner;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The budget's clock counts a thread that computes, about at the pace of real time, and
 * not one that sleeps.
 */
class BudgetClockTests {

	@Test
	void computingCountsAndSleepingDoesNot() throws InterruptedException {
		BudgetClock spinning = BudgetClock.start();
		long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
		long spins = 0;
		while (System.nanoTime() < end) {
			spins++;
		}
		assertThat(spinning.usedNanos()).as("after %d spins", spins).isGreaterThan(TimeUnit.MILLISECONDS.toNanos(250));

		BudgetClock sleeping = BudgetClock.start();
		Thread.sleep(300);
		assertThat(sleeping.usedNanos()).isLessThan(TimeUnit.MILLISECONDS.toNanos(150));
	}

	@Test
	void threadsTakingTurnsAreNotChargedOncePerThread() throws InterruptedException {
		int cores = Runtime.getRuntime().availableProcessors();
		int threads = cores + 2;
		BudgetClock clock = BudgetClock.start();
		long start = System.nanoTime();
		long end = start + TimeUnit.MILLISECONDS.toNanos(300);
		Thread[] spinners = new Thread[threads];
		for (int i = 0; i < threads; i++) {
			spinners[i] = Thread.ofPlatform().start(() -> {
				while (System.nanoTime() < end) {
					Thread.onSpinWait();
				}
			});
		}
		for (Thread spinner : spinners) {
			spinner.join();
		}
		long wall = System.nanoTime() - start;
		// Charged about the CPU the cores could give, not once per thread that waited.
		assertThat(clock.usedNanos()).isLessThan(wall * (cores + 1));
	}

}
