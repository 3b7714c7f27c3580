package dev.looplab.runner.threads;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.RunnableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What {@code Executors.newFixedThreadPool}, {@code newCachedThreadPool},
 * {@code newSingleThreadExecutor}, {@code newWorkStealingPool} and
 * {@code newVirtualThreadPerTaskExecutor} make under the thread scheduler, and the common
 * pool of {@code CompletableFuture}: a pool whose workers are scheduled threads named as
 * the JDK names them ({@code pool-1-thread-1}), whose idle workers, futures and
 * termination are waits the scheduler sees (see {@link PoolShape}). As
 * {@code ThreadPoolExecutor}: a fixed pool starts a worker per task until it has its
 * size, then queues; a cached pool gives a task to an idle worker or starts one, and an
 * idle worker ends after 60 s (of virtual time); a per-task pool starts a thread per
 * task.
 */
final class ScheduledPool extends AbstractExecutorService {

	private static final long KEEP_ALIVE_NANOS = TimeUnit.SECONDS.toNanos(60);

	private final ThreadScheduler scheduler;

	/** The fixed size, or 0 for a cached pool. */
	private final int size;

	private final PoolShape shape;

	private final String name;

	private final ArrayDeque<Runnable> queue = new ArrayDeque<>();

	private final List<Thread> workers = new ArrayList<>();

	private final WaitList work;

	private final WaitList termination;

	private int started;

	private boolean shutdown;

	ScheduledPool(ThreadScheduler scheduler, PoolShape shape) {
		if (shape.size() < 0) {
			throw new IllegalArgumentException();
		}
		this.scheduler = scheduler;
		this.shape = shape;
		this.size = shape.size();
		this.name = shape.name();
		this.work = new WaitList("a task from " + this.name);
		this.termination = new WaitList(this.name + " to terminate");
	}

	@Override
	public void execute(Runnable task) {
		if (task == null) {
			throw new NullPointerException();
		}
		Thread worker = null;
		this.scheduler.lock.lock();
		try {
			if (this.shutdown) {
				throw new RejectedExecutionException("Task rejected: " + this.name + " is shut down");
			}
			boolean idle = !this.work.waiting.isEmpty();
			if ((this.size > 0) ? this.workers.size() < this.size : (!idle || this.shape.perTask())) {
				worker = new ScheduledThread(() -> work(task), this.shape.workerName(++this.started),
						this.shape.daemon());
				this.workers.add(worker);
			}
			else {
				this.queue.add(task);
				this.work.wakeFirst(this.scheduler);
			}
		}
		finally {
			this.scheduler.lock.unlock();
		}
		if (worker != null) {
			// Outside the lock: starting is a scheduling point.
			LearnerThreads.start(worker);
		}
	}

	@Override
	protected <T> RunnableFuture<T> newTaskFor(Callable<T> task) {
		return new PoolFuture<>(this.scheduler, task, this.name);
	}

	@Override
	protected <T> RunnableFuture<T> newTaskFor(Runnable task, T value) {
		return new PoolFuture<>(this.scheduler, Executors.callable(task, value), this.name);
	}

	@Override
	public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
			throws InterruptedException {
		return PoolInvocations.allWithin(this, tasks, Math.max(0, unit.toNanos(timeout)));
	}

	@Override
	public <T> T invokeAny(Collection<? extends Callable<T>> tasks) throws InterruptedException, ExecutionException {
		try {
			return PoolInvocations.first(this, tasks, SchedulerWait.FOREVER);
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("a wait without a timeout timed out", ex);
		}
	}

	@Override
	public <T> T invokeAny(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
			throws InterruptedException, ExecutionException, TimeoutException {
		return PoolInvocations.first(this, tasks, Math.max(0, unit.toNanos(timeout)));
	}

	@Override
	public void shutdown() {
		this.scheduler.lock.lock();
		try {
			this.shutdown = true;
			this.work.wakeAll(this.scheduler);
			if (this.workers.isEmpty()) {
				this.termination.wakeAll(this.scheduler);
			}
		}
		finally {
			this.scheduler.lock.unlock();
		}
	}

	@Override
	public List<Runnable> shutdownNow() {
		List<Runnable> never;
		List<Thread> running;
		this.scheduler.lock.lock();
		try {
			never = new ArrayList<>(this.queue);
			this.queue.clear();
			running = List.copyOf(this.workers);
		}
		finally {
			this.scheduler.lock.unlock();
		}
		shutdown();
		running.forEach(LearnerThreads::interrupt);
		return never;
	}

	@Override
	public boolean isShutdown() {
		this.scheduler.lock.lock();
		try {
			return this.shutdown;
		}
		finally {
			this.scheduler.lock.unlock();
		}
	}

	@Override
	public boolean isTerminated() {
		this.scheduler.lock.lock();
		try {
			return this.shutdown && this.workers.isEmpty();
		}
		finally {
			this.scheduler.lock.unlock();
		}
	}

	@Override
	public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
		this.scheduler.lock.lock();
		try {
			Strand me = this.scheduler.strandOf(Thread.currentThread());
			long deadline = this.scheduler.now() + Math.max(0, unit.toNanos(timeout));
			while (!(this.shutdown && this.workers.isEmpty())) {
				long left = deadline - this.scheduler.now();
				if (left <= 0) {
					return false;
				}
				if (me == null) {
					this.scheduler.outsiders.await();
				}
				else {
					this.termination.await(this.scheduler, me, left, "join");
				}
			}
			return true;
		}
		finally {
			this.scheduler.lock.unlock();
		}
	}

	/**
	 * A worker's life: its first task, then each task it takes, until the pool is done
	 * with it.
	 */
	private void work(Runnable first) {
		for (Runnable task = first; task != null; task = next()) {
			try {
				task.run();
			}
			catch (RuntimeException | Error ex) {
				// As ThreadPoolExecutor: the worker's thread reports it; this one goes
				// on.
				Thread.currentThread().getUncaughtExceptionHandler().uncaughtException(Thread.currentThread(), ex);
			}
		}
		this.scheduler.lock.lock();
		try {
			this.workers.remove(Thread.currentThread());
			if (this.shutdown && this.workers.isEmpty()) {
				this.termination.wakeAll(this.scheduler);
			}
		}
		finally {
			this.scheduler.lock.unlock();
		}
	}

	/** The next task, or null when the worker should end. */
	private Runnable next() {
		if (this.shape.perTask()) {
			return null;
		}
		this.scheduler.lock.lock();
		try {
			Strand me = this.scheduler.strandOf(Thread.currentThread());
			while (this.queue.isEmpty() && !this.shutdown) {
				long before = this.scheduler.now();
				try {
					this.work.await(this.scheduler, me, (this.size > 0) ? 0 : KEEP_ALIVE_NANOS, "queue");
				}
				catch (InterruptedException ex) {
					// shutdownNow: look at the pool again.
				}
				if (this.size == 0 && this.queue.isEmpty() && this.scheduler.now() - before >= KEEP_ALIVE_NANOS) {
					return null;
				}
			}
			return this.queue.poll();
		}
		finally {
			this.scheduler.lock.unlock();
		}
	}

	/** The scheduler's common pool, made when first used. */
	static ScheduledPool common(ThreadScheduler scheduler) {
		scheduler.lock.lock();
		try {
			if (scheduler.commonPool == null) {
				scheduler.commonPool = new ScheduledPool(scheduler, PoolShape.common());
			}
			return scheduler.commonPool;
		}
		finally {
			scheduler.lock.unlock();
		}
	}

}
