package dev.looplab.runner.threads;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Where learner code makes a {@code CompletableFuture} with a static method: the sandbox
 * rewrites {@code supplyAsync}, {@code runAsync}, {@code completedFuture},
 * {@code failedFuture}, {@code allOf}, {@code anyOf} and {@code delayedExecutor} into
 * calls to these methods. On the virtual clock each returns a
 * {@link ScheduledCompletableFuture}; an async task runs as a dependent of a completed
 * one, so the JDK's own code runs and encodes its exceptions, on the given executor or
 * the scheduler's common pool. Without a scheduler, the JDK's methods.
 */
public final class LearnerFutures {

	private LearnerFutures() {
	}

	public static <U> CompletableFuture<U> supplyAsync(Supplier<U> supplier) {
		Objects.requireNonNull(supplier);
		return scheduled() ? started().thenApplyAsync((ignored) -> supplier.get())
				: CompletableFuture.supplyAsync(supplier);
	}

	public static <U> CompletableFuture<U> supplyAsync(Supplier<U> supplier, Executor executor) {
		Objects.requireNonNull(supplier);
		return scheduled() ? started().thenApplyAsync((ignored) -> supplier.get(), executor)
				: CompletableFuture.supplyAsync(supplier, executor);
	}

	public static CompletableFuture<Void> runAsync(Runnable task) {
		Objects.requireNonNull(task);
		return scheduled() ? started().thenRunAsync(task) : CompletableFuture.runAsync(task);
	}

	public static CompletableFuture<Void> runAsync(Runnable task, Executor executor) {
		Objects.requireNonNull(task);
		return scheduled() ? started().thenRunAsync(task, executor) : CompletableFuture.runAsync(task, executor);
	}

	public static <U> CompletableFuture<U> completedFuture(U value) {
		if (!scheduled()) {
			return CompletableFuture.completedFuture(value);
		}
		CompletableFuture<U> future = new ScheduledCompletableFuture<>();
		future.complete(value);
		return future;
	}

	public static <U> CompletableFuture<U> failedFuture(Throwable failure) {
		Objects.requireNonNull(failure);
		if (!scheduled()) {
			return CompletableFuture.failedFuture(failure);
		}
		CompletableFuture<U> future = new ScheduledCompletableFuture<>();
		future.completeExceptionally(failure);
		return future;
	}

	public static CompletableFuture<Void> allOf(CompletableFuture<?>... futures) {
		return scheduled() ? copy(CompletableFuture.allOf(futures)) : CompletableFuture.allOf(futures);
	}

	public static CompletableFuture<Object> anyOf(CompletableFuture<?>... futures) {
		return scheduled() ? copy(CompletableFuture.anyOf(futures)) : CompletableFuture.anyOf(futures);
	}

	public static Executor delayedExecutor(long delay, TimeUnit unit) {
		if (!scheduled()) {
			return CompletableFuture.delayedExecutor(delay, unit);
		}
		return delayedExecutor(delay, unit, ScheduledPool.common(ThreadScheduler.installed()));
	}

	public static Executor delayedExecutor(long delay, TimeUnit unit, Executor executor) {
		if (!scheduled()) {
			return CompletableFuture.delayedExecutor(delay, unit, executor);
		}
		long nanos = unit.toNanos(delay);
		Objects.requireNonNull(executor);
		return (task) -> {
			Objects.requireNonNull(task);
			DelayedAction.after(nanos, null, () -> executor.execute(task));
		};
	}

	/**
	 * The JDK's allOf and anyOf make a plain future: a scheduled one takes over its
	 * outcome, the exception as the JDK encoded it.
	 */
	private static <U> CompletableFuture<U> copy(CompletableFuture<U> plain) {
		CompletableFuture<U> copy = new ScheduledCompletableFuture<>();
		plain.whenComplete((value, failure) -> {
			if (failure != null) {
				copy.completeExceptionally(failure);
			}
			else {
				copy.complete(value);
			}
		});
		return copy;
	}

	/** A completed future that async tasks start from. */
	private static CompletableFuture<Void> started() {
		return completedFuture(null);
	}

	private static boolean scheduled() {
		return ThreadScheduler.installed() != null;
	}

}
