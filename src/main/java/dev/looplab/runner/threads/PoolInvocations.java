package dev.looplab.runner.threads;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code invokeAny} and the timed {@code invokeAll} of a {@link ScheduledPool}, as
 * {@code AbstractExecutorService} does them but in virtual time (the JDK's read the real
 * clock). invokeAny waits on one of the scheduler's completion services: every task is
 * submitted, the first to finish without an exception gives the result, and the others
 * are cancelled (interrupted if running); if all of them fail, the last failure is the
 * cause of the ExecutionException. The timed invokeAll cancels what has not finished by
 * the deadline.
 */
final class PoolInvocations {

	private PoolInvocations() {
	}

	/** invokeAll with a timeout of nanos of virtual time. */
	static <T> List<Future<T>> allWithin(ScheduledPool pool, Collection<? extends Callable<T>> tasks, long nanos)
			throws InterruptedException {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		long deadline = scheduler.now() + nanos;
		List<Future<T>> futures = new ArrayList<>(tasks.size());
		tasks.forEach((task) -> futures.add(pool.newTaskFor(Objects.requireNonNull(task))));
		try {
			for (int i = 0; i < futures.size(); i++) {
				if (i > 0 && scheduler.now() >= deadline) {
					return cancelled(futures);
				}
				pool.execute((Runnable) futures.get(i));
			}
			for (Future<T> future : futures) {
				long left = deadline - scheduler.now();
				if (left <= 0) {
					return cancelled(futures);
				}
				try {
					future.get(left, TimeUnit.NANOSECONDS);
				}
				catch (CancellationException | ExecutionException ex) {
					// invokeAll returns failed and cancelled futures as they are.
				}
				catch (TimeoutException ex) {
					return cancelled(futures);
				}
			}
			return futures;
		}
		catch (InterruptedException | RuntimeException | Error ex) {
			cancelled(futures);
			throw ex;
		}
	}

	private static <T> List<Future<T>> cancelled(List<Future<T>> futures) {
		futures.forEach((future) -> future.cancel(true));
		return futures;
	}

	/** nanos: at most this much virtual time, or {@link SchedulerWait#FOREVER}. */
	static <T> T first(ExecutorService pool, Collection<? extends Callable<T>> tasks, long nanos)
			throws InterruptedException, ExecutionException, TimeoutException {
		if (tasks.isEmpty()) {
			throw new IllegalArgumentException();
		}
		CompletionService<T> completions = new ScheduledCompletionService<>(pool);
		List<Future<T>> futures = new ArrayList<>(tasks.size());
		try {
			for (Callable<T> task : tasks) {
				futures.add(completions.submit(task));
			}
			ThreadScheduler scheduler = ThreadScheduler.installed();
			long deadline = scheduler.now() + Math.max(0, nanos);
			ExecutionException last = null;
			for (int left = futures.size(); left > 0; left--) {
				Future<T> done = (nanos == SchedulerWait.FOREVER) ? completions.take()
						: completions.poll(deadline - scheduler.now(), TimeUnit.NANOSECONDS);
				if (done == null) {
					throw new TimeoutException();
				}
				try {
					return done.get();
				}
				catch (ExecutionException ex) {
					last = ex;
				}
			}
			throw last;
		}
		finally {
			futures.forEach((future) -> future.cancel(true));
		}
	}

}
