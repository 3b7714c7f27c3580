package dev.looplab.runner.threads;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code invokeAny} on a {@link ScheduledPool}, as {@code AbstractExecutorService} does
 * it but waiting on one of the scheduler's completion services: every task is submitted,
 * the first to finish without an exception gives the result, and the others are cancelled
 * (interrupted if running). If all of them fail, the last failure is the cause of the
 * ExecutionException.
 */
final class InvokeAny {

	private InvokeAny() {
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
