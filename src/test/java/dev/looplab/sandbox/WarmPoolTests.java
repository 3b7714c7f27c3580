package dev.looplab.sandbox;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warm pool never starts more than its size, however many runs end (and top it up) at
 * the same moment, and a start that fails or a JVM that died while waiting leaves its
 * place free for the next top-up.
 */
class WarmPoolTests {

	private static final int SIZE = 2;

	/** More than the cores, so that some are preempted in the middle of a top-up. */
	private static final int TOPPERS = 8;

	private static final int ROUNDS = 1000;

	@Test
	void concurrentTopUpsNeverStartMoreThanThePoolHolds() throws Exception {
		AtomicInteger ordered = new AtomicInteger();
		AtomicReference<CountDownLatch> roundCounted = new AtomicReference<>(new CountDownLatch(1));
		Semaphore madeReady = new Semaphore(0);
		List<Integer> overshoots = new ArrayList<>();
		try (ExecutorService refills = Executors.newCachedThreadPool();
				ExecutorService toppers = Executors.newFixedThreadPool(TOPPERS)) {
			// A start outlasts the round's top-ups, as a JVM's start outlasts a top-up.
			WarmPool<Object> pool = new WarmPool<>(SIZE, Object::new, (item) -> true, (item) -> {
			}, (start) -> {
				ordered.incrementAndGet();
				CountDownLatch mayStart = roundCounted.get();
				refills.execute(() -> {
					awaitQuietly(mayStart);
					start.run();
					madeReady.release();
				});
			});
			for (int round = 0; round < ROUNDS; round++) {
				CountDownLatch go = new CountDownLatch(1);
				List<Future<?>> topUps = new ArrayList<>();
				for (int i = 0; i < TOPPERS; i++) {
					topUps.add(toppers.submit(() -> {
						go.await();
						pool.topUp();
						return null;
					}));
				}
				go.countDown();
				for (Future<?> topUp : topUps) {
					topUp.get();
				}
				int started = ordered.getAndSet(0);
				if (started != SIZE) {
					overshoots.add(started);
				}
				// Every run of the round takes a JVM, so the next starts from an empty
				// pool.
				roundCounted.getAndSet(new CountDownLatch(1)).countDown();
				madeReady.acquire(started);
				for (int i = 0; i < started; i++) {
					assertThat(pool.poll()).isNotNull();
				}
			}
		}
		assertThat(overshoots).as("JVMs started in rounds where the pool holds %d", SIZE).isEmpty();
	}

	@Test
	void aStartHoldsItsPlaceAndAFailedStartOrADeadJvmGivesItBack() {
		AtomicInteger starts = new AtomicInteger();
		List<Object> discarded = new ArrayList<>();
		Object dead = new Object();
		List<Runnable> ordered = new ArrayList<>();
		WarmPool<Object> pool = new WarmPool<>(1, () -> switch (starts.incrementAndGet()) {
			case 1 -> throw new IOException("no room for a JVM");
			case 2 -> dead;
			default -> new Object();
		}, (item) -> item != dead, discarded::add, ordered::add);

		pool.topUp();
		pool.topUp();
		assertThat(ordered).as("a start under way holds its place").hasSize(1);
		ordered.removeFirst().run();
		assertThat(pool.readyCount()).as("the failed start").isZero();
		pool.topUp();
		assertThat(ordered).as("the failed start gave its place back").hasSize(1);
		ordered.removeFirst().run();
		pool.topUp();
		assertThat(ordered).as("the pool is full").isEmpty();
		assertThat(pool.poll()).as("a JVM that died while it waited is not handed out").isNull();
		assertThat(discarded).containsExactly(dead);
		pool.topUp();
		ordered.removeFirst().run();
		assertThat(pool.poll()).isNotNull().isNotSameAs(dead);
		assertThat(starts).hasValue(3);
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
