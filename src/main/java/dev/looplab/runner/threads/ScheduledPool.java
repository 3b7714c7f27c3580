package dev.looplab.runner.threads;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.RunnableFuture;
import java.util.concurrent.TimeUnit;

/**
 * What {@code Executors.newFixedThreadPool}, {@code newCachedThreadPool} and
 * {@code newSingleThreadExecutor} make under the thread scheduler: a pool whose workers
 * are scheduled threads named as the JDK names them ({@code pool-1-thread-1}), whose idle
 * workers, futures and termination are waits the scheduler sees. As
 * {@code ThreadPoolExecutor}: a fixed pool starts a worker per task until it has its
 * size, then queues; a cached pool gives a task to an idle worker or starts one, and an
 * idle worker ends after 60 s (of virtual time).
 */
final class ScheduledPool extends AbstractExecutorService {

	private static final String INVOKE_ANY = "invokeAny does not run under the thread scheduler yet: run the program on the real clock";

	private static final long KEEP_ALIVE_NANOS = TimeUnit.SECONDS.toNanos(60);

	/** Numbers pools as the JDK's default thread factory does, from 1. */
	private static int pools;

	private final ThreadScheduler scheduler;

	/** The fixed size, or 0 for a cached pool. */
	private final int size;

	private final String name;

	private final ArrayDeque<Runnable> queue = new ArrayDeque<>();

	private final List<Thread> workers = new ArrayList<>();

	private final WaitList work;

	private final WaitList termination;

	private int started;

	private boolean shutdown;

	ScheduledPool(ThreadScheduler scheduler, int size) {
		if (size < 0) {
			throw new IllegalArgumentException();
		}
		this.scheduler = scheduler;
		this.size = size;
		synchronized (ScheduledPool.class) {
			this.name = "pool-" + (++pools);
		}
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
			if ((this.size > 0) ? this.workers.size() < this.size : !idle) {
				worker = new ScheduledThread(() -> work(task), this.name + "-thread-" + (++this.started));
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

	/**
	 * Not yet: the JDK's version waits on a queue inside the JDK, which would hang the
	 * run.
	 */
	@Override
	public <T> T invokeAny(Collection<? extends Callable<T>> tasks) {
		throw new UnsupportedOperationException(INVOKE_ANY);
	}

	@Override
	public <T> T invokeAny(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit) {
		throw new UnsupportedOperationException(INVOKE_ANY);
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

}
