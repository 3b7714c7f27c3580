package dev.looplab.runner.threads;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The blocking half of the scheduler's blocking queues: {@code put}, {@code take} and the
 * timed {@code offer} and {@code poll} are built on the JDK queue's own non-blocking
 * {@code offer} and {@code poll}, and wait on the scheduler while the queue is full or
 * empty. Every change that frees or fills a place wakes the other side. Without a
 * scheduler the stand-in's methods are the JDK's own.
 */
final class QueueWaits {

	private final WaitList notEmpty = new WaitList("an element of a queue");

	private final WaitList notFull = new WaitList("room in a full queue");

	/** The installed scheduler, or null when the JDK's own blocking should be used. */
	static ThreadScheduler scheduler() {
		return ThreadScheduler.installed();
	}

	/**
	 * Offers until it is taken, waiting at most nanos ({@link SchedulerWait#FOREVER}).
	 */
	boolean offer(ThreadScheduler scheduler, BooleanSupplier offer, long nanos) throws InterruptedException {
		scheduler.lock.lock();
		try {
			SchedulerWait.point(scheduler);
			boolean[] added = new boolean[1];
			SchedulerWait.until(scheduler, this.notFull, () -> added[0] = offer.getAsBoolean(), nanos, "queue");
			if (added[0]) {
				SchedulerWait.wakeAll(scheduler, this.notEmpty);
			}
			return added[0];
		}
		finally {
			scheduler.lock.unlock();
		}
	}

	/** Polls until an element comes, waiting at most nanos; null when none came. */
	<E> E poll(ThreadScheduler scheduler, Supplier<E> poll, long nanos) throws InterruptedException {
		scheduler.lock.lock();
		try {
			SchedulerWait.point(scheduler);
			Object[] taken = new Object[1];
			SchedulerWait.until(scheduler, this.notEmpty, () -> (taken[0] = poll.get()) != null, nanos, "queue");
			if (taken[0] != null) {
				SchedulerWait.wakeAll(scheduler, this.notFull);
			}
			@SuppressWarnings("unchecked")
			E element = (E) taken[0];
			return element;
		}
		finally {
			scheduler.lock.unlock();
		}
	}

	/** After a change that may have freed or filled places: both sides look again. */
	void changed(ThreadScheduler scheduler) {
		scheduler.lock.lock();
		try {
			SchedulerWait.wakeAll(scheduler, this.notEmpty);
			SchedulerWait.wakeAll(scheduler, this.notFull);
		}
		finally {
			scheduler.lock.unlock();
		}
	}

	/** {@code put}: offers until there is room; without a scheduler, the JDK's put. */
	void put(Object element, BooleanSupplier offer, Blocking<?> jdkPut) throws InterruptedException {
		ThreadScheduler scheduler = scheduler();
		if (scheduler == null) {
			jdkPut.call();
			return;
		}
		nonNull(element);
		offer(scheduler, offer, SchedulerWait.FOREVER);
	}

	/** The timed {@code offer}; without a scheduler, the JDK's. */
	boolean offer(Object element, BooleanSupplier offer, long timeout, TimeUnit unit, Blocking<Boolean> jdkOffer)
			throws InterruptedException {
		ThreadScheduler scheduler = scheduler();
		if (scheduler == null) {
			return jdkOffer.call();
		}
		nonNull(element);
		return offer(scheduler, offer, nanos(timeout, unit));
	}

	/**
	 * {@code take}: polls until an element comes; without a scheduler, the JDK's take.
	 */
	<E> E take(Supplier<E> poll, Blocking<E> jdkTake) throws InterruptedException {
		ThreadScheduler scheduler = scheduler();
		return (scheduler != null) ? poll(scheduler, poll, SchedulerWait.FOREVER) : jdkTake.call();
	}

	/** The timed {@code poll}; without a scheduler, the JDK's. */
	<E> E poll(Supplier<E> poll, long timeout, TimeUnit unit, Blocking<E> jdkPoll) throws InterruptedException {
		ThreadScheduler scheduler = scheduler();
		return (scheduler != null) ? poll(scheduler, poll, nanos(timeout, unit)) : jdkPoll.call();
	}

	/**
	 * After a non-blocking change (offer, poll, remove, clear, drain): wakes both sides
	 * and returns the change's result.
	 */
	<T> T changed(T result) {
		ThreadScheduler scheduler = scheduler();
		if (scheduler != null) {
			changed(scheduler);
		}
		return result;
	}

	static long nanos(long timeout, TimeUnit unit) {
		return Math.max(0, unit.toNanos(timeout));
	}

	static void nonNull(Object element) {
		if (element == null) {
			throw new NullPointerException();
		}
	}

	/** A JDK method that may block, called when no scheduler is installed. */
	@FunctionalInterface
	interface Blocking<T> {

		T call() throws InterruptedException;

	}

}
