package dev.looplab.runner.threads;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What a learner's {@code new CompletableFuture} makes on the virtual clock, and what
 * {@link LearnerFutures} returns: the JDK's future, whose every dependent stage is one of
 * these too ({@link #newIncompleteFuture}), whose async stages without an executor run on
 * the scheduler's common pool ({@link #defaultExecutor}), whose timeouts run in virtual
 * time ({@link DelayedAction}), and whose {@code get} and {@code join} wait as scheduling
 * points the deadlock detector sees. Completion, callbacks and exceptions are the JDK's
 * own code.
 */
public class ScheduledCompletableFuture<T> extends CompletableFuture<T> {

	/**
	 * Threads in get or join; made by the first of them. Guarded by the scheduler's lock.
	 */
	private WaitList waiters;

	public ScheduledCompletableFuture() {
	}

	@Override
	public <U> CompletableFuture<U> newIncompleteFuture() {
		return new ScheduledCompletableFuture<>();
	}

	@Override
	public Executor defaultExecutor() {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		return (scheduler != null) ? ScheduledPool.common(scheduler) : super.defaultExecutor();
	}

	@Override
	public CompletableFuture<T> orTimeout(long timeout, TimeUnit unit) {
		if (!LearnerThreads.schedules()) {
			return super.orTimeout(timeout, unit);
		}
		if (!isDone()) {
			DelayedAction.after(unit.toNanos(timeout), this, () -> completeExceptionally(new TimeoutException()));
		}
		return this;
	}

	@Override
	public CompletableFuture<T> completeOnTimeout(T value, long timeout, TimeUnit unit) {
		if (!LearnerThreads.schedules()) {
			return super.completeOnTimeout(value, timeout, unit);
		}
		if (!isDone()) {
			DelayedAction.after(unit.toNanos(timeout), this, () -> complete(value));
		}
		return this;
	}

	@Override
	public T get() throws InterruptedException, ExecutionException {
		awaitDone(SchedulerWait.FOREVER);
		return super.get();
	}

	@Override
	public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
		if (ThreadScheduler.installed() == null) {
			return super.get(timeout, unit);
		}
		if (!awaitDone(Math.max(0, unit.toNanos(timeout)))) {
			throw new TimeoutException();
		}
		return super.get();
	}

	@Override
	public T join() {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		if (scheduler != null && !isDone()) {
			scheduler.lock.lock();
			try {
				SchedulerWait.uninterruptibly(scheduler, waiters(scheduler), this::isDone, "future");
			}
			finally {
				scheduler.lock.unlock();
			}
		}
		return super.join();
	}

	/** Waits until done, at most nanos; whether it is done. */
	private boolean awaitDone(long nanos) throws InterruptedException {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		if (scheduler == null) {
			return true;
		}
		scheduler.lock.lock();
		try {
			return SchedulerWait.until(scheduler, waiters(scheduler), this::isDone, nanos, "future");
		}
		finally {
			scheduler.lock.unlock();
		}
	}

	/**
	 * The wait list, made with a callback that wakes it: whichever way the future
	 * completes, the JDK runs its dependents. Lock held.
	 */
	private WaitList waiters(ThreadScheduler scheduler) {
		if (this.waiters == null) {
			WaitList list = new WaitList("the result of a CompletableFuture");
			this.waiters = list;
			super.whenComplete((value, failure) -> {
				scheduler.lock.lock();
				try {
					SchedulerWait.wakeAll(scheduler, list);
				}
				finally {
					scheduler.lock.unlock();
				}
			});
		}
		return this.waiters;
	}

}
