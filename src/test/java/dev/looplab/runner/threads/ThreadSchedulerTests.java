package dev.looplab.runner.threads;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import dev.looplab.aio.VirtualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.looplab.runner.threads.ScheduledRuns.runAsMain;
import static dev.looplab.runner.threads.ScheduledRuns.seconds;
import static dev.looplab.runner.threads.ScheduledRuns.worker;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The baton scheduler without a sandbox: the test's threads call the hooks that
 * instrumented learner code would call.
 */
class ThreadSchedulerTests {

	@AfterEach
	void leaveThreadsToTheJvm() {
		ThreadScheduler.uninstall();
		VirtualClock.uninstall();
	}

	@Test
	void sleepsTakeVirtualTimeAndWakeInDeadlineOrder() throws Exception {
		List<String> woke = Collections.synchronizedList(new ArrayList<>());
		String ended = runAsMain(null, () -> {
			List<Thread> workers = new ArrayList<>();
			for (long millis : new long[] { 300, 100, 200 }) {
				workers.add(worker("sleeps-" + millis, () -> {
					LearnerThreads.sleep(TimeUnit.MILLISECONDS.toNanos(millis));
					woke.add(Thread.currentThread().getName() + " at " + seconds());
				}));
			}
			workers.forEach(LearnerThreads::start);
			for (Thread thread : workers) {
				LearnerThreads.join(thread);
			}
			woke.add("main at " + seconds());
		});
		assertThat(ended).isEqualTo("over");
		assertThat(woke).containsExactly("sleeps-100 at 0.100", "sleeps-200 at 0.200", "sleeps-300 at 0.300",
				"main at 0.300");
	}

	@Test
	void withoutASeedThreadsTakeTurnsFirstInFirstOut() throws Exception {
		assertThat(interleaving(null)).isEqualTo("abababab");
	}

	@Test
	void aSeedNamesOneInterleavingAndReplaysIt() throws Exception {
		Set<String> seen = new HashSet<>();
		for (long seed = 1; seed <= 6; seed++) {
			String first = interleaving(seed);
			assertThat(interleaving(seed)).as("seed %d again", seed).isEqualTo(first);
			seen.add(first);
		}
		assertThat(seen).as("interleavings of six seeds").hasSizeGreaterThan(1);
	}

	@Test
	void aLockOrderDeadlockNamesEachThreadAndWhatItWaitsFor() throws Exception {
		Object left = new Object();
		Object right = new Object();
		String ended = runAsMain(null, () -> {
			Thread other = worker("other", () -> {
				LearnerMonitors.enter(right);
				LearnerThreads.sleep(1_000);
				LearnerMonitors.enter(left);
			});
			LearnerThreads.start(other);
			LearnerMonitors.enter(left);
			LearnerThreads.sleep(1_000);
			LearnerMonitors.enter(right);
		});
		assertThat(ended).isEqualTo("deadlock: Every thread is blocked and no timer is pending: "
				+ "main waits for the lock held by other; other waits for the lock held by main.");
	}

	@Test
	void aLockOrderBugHidesInTheFixedOrderAndSomeSeedsFindIt() throws Exception {
		assertThat(twoLocksInOppositeOrders(null)).isEqualTo("over");
		Long found = null;
		for (long seed = 1; seed <= 20 && found == null; seed++) {
			if (twoLocksInOppositeOrders(seed).startsWith("deadlock")) {
				found = seed;
			}
		}
		assertThat(found).as("a seed among 1-20 that deadlocks").isNotNull();
		assertThat(twoLocksInOppositeOrders(found)).as("seed %d again", found).startsWith("deadlock");
	}

	/** main and one thread each take two locks, in opposite orders, without sleeping. */
	private static String twoLocksInOppositeOrders(Long seed) throws Exception {
		Object left = new Object();
		Object right = new Object();
		return runAsMain(seed, () -> {
			Thread other = worker("other", () -> {
				LearnerMonitors.enter(right);
				LearnerMonitors.enter(left);
				LearnerMonitors.exit(left);
				LearnerMonitors.exit(right);
			});
			LearnerThreads.start(other);
			LearnerMonitors.enter(left);
			LearnerMonitors.enter(right);
			LearnerMonitors.exit(right);
			LearnerMonitors.exit(left);
			LearnerThreads.join(other);
		});
	}

	@Test
	void anInterruptWakesASleeperWithInterruptedException() throws Exception {
		List<String> heard = Collections.synchronizedList(new ArrayList<>());
		String ended = runAsMain(null, () -> {
			Thread sleeper = worker("sleeper", () -> {
				try {
					LearnerThreads.sleep(TimeUnit.SECONDS.toNanos(10));
				}
				catch (InterruptedException ex) {
					heard.add("interrupted at " + seconds());
				}
			});
			LearnerThreads.start(sleeper);
			LearnerThreads.sleep(TimeUnit.SECONDS.toNanos(1));
			LearnerThreads.interrupt(sleeper);
			LearnerThreads.join(sleeper);
		});
		assertThat(ended).isEqualTo("over");
		assertThat(heard).containsExactly("interrupted at 1.000");
	}

	/** Two threads print their letter four times each, yielding after each. */
	private static String interleaving(Long seed) throws Exception {
		StringBuffer letters = new StringBuffer();
		String ended = runAsMain(seed, () -> {
			List<Thread> workers = new ArrayList<>();
			for (String letter : List.of("a", "b")) {
				workers.add(worker(letter, () -> {
					for (int i = 0; i < 4; i++) {
						letters.append(letter);
						LearnerThreads.yieldTurn();
					}
				}));
			}
			workers.forEach(LearnerThreads::start);
			for (Thread thread : workers) {
				LearnerThreads.join(thread);
			}
		});
		assertThat(ended).isEqualTo("over");
		return letters.toString();
	}

}
