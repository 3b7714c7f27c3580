package dev.looplab.runner.threads;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Condition;

import dev.looplab.aio.VirtualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.looplab.runner.threads.ScheduledRuns.runAsMain;
import static dev.looplab.runner.threads.ScheduledRuns.seconds;
import static dev.looplab.runner.threads.ScheduledRuns.worker;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduler's stand-ins for {@code java.util.concurrent}, without a sandbox: their
 * timeouts, interrupts and wake-ups follow the JDK's rules in virtual time.
 */
class ConcurrentStandInsTests {

	private final List<String> heard = Collections.synchronizedList(new ArrayList<>());

	@AfterEach
	void leaveThreadsToTheJvm() {
		ThreadScheduler.uninstall();
		VirtualClock.uninstall();
	}

	@Test
	void timedWaitsGiveUpAtTheirVirtualDeadline() throws Exception {
		String ended = runAsMain(null, () -> {
			ScheduledReentrantLock lock = new ScheduledReentrantLock();
			ScheduledSemaphore none = new ScheduledSemaphore(0);
			ScheduledCountDownLatch latch = new ScheduledCountDownLatch(1);
			Thread holder = worker("holder", () -> {
				lock.lock();
				LearnerThreads.sleep(TimeUnit.SECONDS.toNanos(1));
				lock.unlock();
			});
			LearnerThreads.start(holder);
			LearnerThreads.sleep(1);
			this.heard.add("tryLock " + lock.tryLock(100, TimeUnit.MILLISECONDS) + " at " + seconds());
			this.heard.add("tryAcquire " + none.tryAcquire(100, TimeUnit.MILLISECONDS) + " at " + seconds());
			this.heard.add("await " + latch.await(100, TimeUnit.MILLISECONDS) + " at " + seconds());
			this.heard.add("tryLock " + lock.tryLock(1, TimeUnit.SECONDS) + " at " + seconds());
			lock.unlock();
		});
		assertThat(ended).isEqualTo("over");
		assertThat(this.heard).containsExactly("tryLock false at 0.100", "tryAcquire false at 0.200",
				"await false at 0.300", "tryLock true at 1.000");
	}

	@Test
	void anInterruptEndsALockWaitButNotALock() throws Exception {
		String ended = runAsMain(null, () -> {
			ScheduledReentrantLock lock = new ScheduledReentrantLock();
			Thread waiter = worker("waiter", () -> {
				try {
					lock.lockInterruptibly();
					this.heard.add("locked");
				}
				catch (InterruptedException ex) {
					this.heard.add("interrupted at " + seconds() + ", holds " + lock.isHeldByCurrentThread());
				}
				lock.lock();
				this.heard.add("locked at " + seconds() + ", interrupt kept " + Thread.currentThread().isInterrupted());
				lock.unlock();
			});
			lock.lock();
			LearnerThreads.start(waiter);
			LearnerThreads.sleep(TimeUnit.MILLISECONDS.toNanos(100));
			LearnerThreads.interrupt(waiter);
			LearnerThreads.sleep(TimeUnit.MILLISECONDS.toNanos(100));
			LearnerThreads.interrupt(waiter);
			LearnerThreads.sleep(TimeUnit.MILLISECONDS.toNanos(100));
			lock.unlock();
			LearnerThreads.join(waiter);
		});
		assertThat(ended).isEqualTo("over");
		assertThat(this.heard).containsExactly("interrupted at 0.100, holds false",
				"locked at 0.300, interrupt kept true");
	}

	@Test
	void signalWakesTheLongestWaitingThreadAndSignalAllTheRest() throws Exception {
		String ended = runAsMain(null, () -> {
			ScheduledReentrantLock lock = new ScheduledReentrantLock();
			Condition changed = lock.newCondition();
			List<Thread> waiters = new ArrayList<>();
			for (String name : List.of("first", "second", "third")) {
				waiters.add(worker(name, () -> {
					lock.lock();
					try {
						changed.await();
						this.heard.add(name + " at " + seconds() + ", holds " + lock.getHoldCount());
					}
					finally {
						lock.unlock();
					}
				}));
			}
			waiters.forEach(LearnerThreads::start);
			LearnerThreads.sleep(TimeUnit.MILLISECONDS.toNanos(100));
			lock.lock();
			changed.signal();
			lock.unlock();
			LearnerThreads.sleep(TimeUnit.MILLISECONDS.toNanos(100));
			lock.lock();
			changed.signalAll();
			lock.unlock();
			for (Thread waiter : waiters) {
				LearnerThreads.join(waiter);
			}
		});
		assertThat(ended).isEqualTo("over");
		assertThat(this.heard).containsExactly("first at 0.100, holds 1", "second at 0.200, holds 1",
				"third at 0.200, holds 1");
	}

	@Test
	void aBarrierThatTimesOutIsBrokenForTheOthers() throws Exception {
		String ended = runAsMain(null, () -> {
			ScheduledCyclicBarrier barrier = new ScheduledCyclicBarrier(3);
			Thread party = worker("party", () -> {
				try {
					barrier.await();
				}
				catch (BrokenBarrierException ex) {
					this.heard.add("party: broken at " + seconds());
				}
			});
			LearnerThreads.start(party);
			try {
				barrier.await(100, TimeUnit.MILLISECONDS);
			}
			catch (TimeoutException | BrokenBarrierException ex) {
				this.heard.add("main: " + ex.getClass().getSimpleName() + " at " + seconds());
			}
			LearnerThreads.join(party);
			this.heard.add("broken " + barrier.isBroken());
		});
		assertThat(ended).isEqualTo("over");
		assertThat(this.heard).containsExactly("main: TimeoutException at 0.100", "party: broken at 0.100",
				"broken true");
	}

	@Test
	void anUnparkBeforeTheParkLetsItReturnAtOnce() throws Exception {
		String ended = runAsMain(null, () -> {
			Thread parker = worker("parker", () -> {
				LearnerThreads.sleep(TimeUnit.MILLISECONDS.toNanos(100));
				LearnerParking.park();
				this.heard.add("first park returned at " + seconds());
				LearnerParking.park();
				this.heard.add("second park returned at " + seconds());
			});
			LearnerThreads.start(parker);
			LearnerParking.unpark(parker);
			LearnerThreads.sleep(TimeUnit.MILLISECONDS.toNanos(300));
			LearnerParking.unpark(parker);
			LearnerThreads.join(parker);
		});
		assertThat(ended).isEqualTo("over");
		assertThat(this.heard).containsExactly("first park returned at 0.100", "second park returned at 0.300");
	}

	@Test
	void aThreadWaitingForALatchOrAPermitIsNamedInTheDeadlock() throws Exception {
		String ended = runAsMain(null, () -> {
			ScheduledCountDownLatch latch = new ScheduledCountDownLatch(2);
			ScheduledSemaphore permits = new ScheduledSemaphore(1);
			Thread worker = worker("worker-1", () -> {
				permits.acquire(2);
			});
			LearnerThreads.start(worker);
			latch.countDown();
			latch.await();
		});
		assertThat(ended).isEqualTo("deadlock: Every thread is blocked and no timer is pending: "
				+ "main waits for a latch (count 1); worker-1 waits for a permit of a Semaphore (1 available).");
	}

	@Test
	void aWriterWaitsForEveryReaderAndMayDowngrade() throws Exception {
		String ended = runAsMain(null, () -> {
			ScheduledReadWriteLock lock = new ScheduledReadWriteLock();
			Thread reader = worker("reader", () -> {
				lock.readLock().lock();
				LearnerThreads.sleep(TimeUnit.MILLISECONDS.toNanos(100));
				lock.readLock().unlock();
			});
			LearnerThreads.start(reader);
			LearnerThreads.sleep(1);
			this.heard.add("tryLock " + lock.writeLock().tryLock() + ", readers " + lock.getReadLockCount());
			lock.writeLock().lock();
			this.heard.add("writing at " + seconds());
			lock.readLock().lock();
			lock.writeLock().unlock();
			this.heard
				.add("downgraded: write locked " + lock.isWriteLocked() + ", read holds " + lock.getReadHoldCount());
			lock.readLock().unlock();
		});
		assertThat(ended).isEqualTo("over");
		assertThat(this.heard).containsExactly("tryLock false, readers 1", "writing at 0.100",
				"downgraded: write locked false, read holds 1");
	}

}
