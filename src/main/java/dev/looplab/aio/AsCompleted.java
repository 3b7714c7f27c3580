package dev.looplab.aio;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code asyncio.as_completed} (Python 3.11): one awaitable per future, the k-th of which
 * gives the result of the k-th future to finish (through a queue, as CPython does, so the
 * hops between loop iterations are the same).
 */
final class AsCompleted {

	/**
	 * What the queue gets when time runs out (Python puts None; ArrayDeque takes no
	 * null).
	 */
	private static final Object TIMED_OUT = new Object();

	private AsCompleted() {
	}

	static <T> List<Awaitable<T>> of(EventLoop loop, Collection<? extends Future<? extends T>> futures,
			double timeout) {
		Set<Future<? extends T>> todo = new LinkedHashSet<>(futures);
		Queue<Object> done = new Queue<>();
		TimerHandle[] timer = { null };
		Consumer<Future<?>> onCompletion = new Consumer<>() {
			@Override
			public void accept(Future<?> future) {
				if (todo.isEmpty()) {
					return;
				}
				todo.remove(future);
				done.putNowait(future);
				if (todo.isEmpty() && timer[0] != null) {
					timer[0].cancel();
				}
			}
		};
		for (Future<? extends T> future : todo) {
			@SuppressWarnings("unchecked")
			Future<Object> typed = (Future<Object>) future;
			typed.addDoneCallback(onCompletion);
		}
		if (!todo.isEmpty() && timeout >= 0) {
			timer[0] = loop.callLaterNanos(EventLoop.toNanos(timeout), () -> {
				for (Future<? extends T> future : todo) {
					@SuppressWarnings("unchecked")
					Future<Object> typed = (Future<Object>) future;
					typed.removeDoneCallback(onCompletion);
				}
				done.putNowait(TIMED_OUT);
				todo.clear();
			}, Context.copyCurrent());
		}
		List<Awaitable<T>> steps = new ArrayList<>();
		for (int i = 0; i < todo.size(); i++) {
			steps.add(() -> {
				Object next = done.get();
				if (next == TIMED_OUT) {
					throw new TimeoutError();
				}
				@SuppressWarnings("unchecked")
				Future<? extends T> finished = (Future<? extends T>) next;
				return finished.result();
			});
		}
		return steps;
	}

}
