package dev.looplab.runner.threads;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RunnableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The future of a task submitted to a {@link ScheduledPool}: {@code get} waits as a
 * scheduling point, in virtual time, instead of parking the thread in the JDK where the
 * scheduler could not see it.
 */
final class PoolFuture<T> implements RunnableFuture<T> {

	private enum Phase {

		PENDING, DONE, FAILED, CANCELLED

	}

	private final ThreadScheduler scheduler;

	private final Callable<T> task;

	private final WaitList done;

	private Phase phase = Phase.PENDING;

	private T result;

	private Throwable failure;

	private Thread runner;

	PoolFuture(ThreadScheduler scheduler, Callable<T> task, String pool) {
		this.scheduler = scheduler;
		this.task = task;
		this.done = new WaitList("the result of a task on " + pool);
	}

	@Override
	public void run() {
		this.scheduler.lock.lock();
		try {
			if (this.phase != Phase.PENDING || this.runner != null) {
				return;
			}
			this.runner = Thread.currentThread();
		}
		finally {
			this.scheduler.lock.unlock();
		}
		try {
			end(Phase.DONE, this.task.call(), null);
		}
		catch (Throwable ex) {
			end(Phase.FAILED, null, ex);
		}
	}

	@Override
	public boolean cancel(boolean mayInterruptIfRunning) {
		Thread running;
		this.scheduler.lock.lock();
		try {
			if (this.phase != Phase.PENDING) {
				return false;
			}
			this.phase = Phase.CANCELLED;
			this.done.wakeAll(this.scheduler);
			running = this.runner;
		}
		finally {
			this.scheduler.lock.unlock();
		}
		if (mayInterruptIfRunning && running != null) {
			LearnerThreads.interrupt(running);
		}
		return true;
	}

	@Override
	public boolean isCancelled() {
		return phase() == Phase.CANCELLED;
	}

	@Override
	public boolean isDone() {
		return phase() != Phase.PENDING;
	}

	@Override
	public T get() throws InterruptedException, ExecutionException {
		try {
			return get(0L);
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("a wait without a timeout timed out", ex);
		}
	}

	@Override
	public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
		return get(Math.max(1, unit.toNanos(timeout)));
	}

	/** Waits at most {@code nanos} of virtual time (0: as long as it takes). */
	private T get(long nanos) throws InterruptedException, ExecutionException, TimeoutException {
		this.scheduler.lock.lock();
		try {
			Strand me = this.scheduler.strandOf(Thread.currentThread());
			long deadline = this.scheduler.now() + nanos;
			while (this.phase == Phase.PENDING) {
				long left = deadline - this.scheduler.now();
				if (nanos > 0 && left <= 0) {
					throw new TimeoutException();
				}
				if (me != null) {
					this.done.await(this.scheduler, me, (nanos > 0) ? left : 0, "future");
				}
				else {
					this.scheduler.outsiders.await();
				}
			}
			return switch (this.phase) {
				case CANCELLED -> throw new CancellationException();
				case FAILED -> throw new ExecutionException(this.failure);
				default -> this.result;
			};
		}
		finally {
			this.scheduler.lock.unlock();
		}
	}

	private void end(Phase phase, T value, Throwable error) {
		this.scheduler.lock.lock();
		try {
			if (this.phase == Phase.PENDING) {
				this.phase = phase;
				this.result = value;
				this.failure = error;
				this.done.wakeAll(this.scheduler);
			}
		}
		finally {
			this.scheduler.lock.unlock();
		}
	}

	private Phase phase() {
		this.scheduler.lock.lock();
		try {
			return this.phase;
		}
		finally {
			this.scheduler.lock.unlock();
		}
	}

}
