package dev.looplab.aio;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code asyncio.wait}: waits until the futures meet the condition or the timeout passes.
 */
final class Wait {

	private Wait() {
	}

	static DoneAndPending await(EventLoop loop, Collection<? extends Future<?>> futures, double timeout,
			ReturnWhen returnWhen) {
		Set<Future<?>> all = new LinkedHashSet<>(futures);
		if (all.isEmpty()) {
			throw new IllegalArgumentException("Set of Futures is empty.");
		}
		Future<Object> waiter = new Future<>(loop, WaitKind.WAIT_FOR);
		TimerHandle timer = (timeout >= 0) ? loop.callLaterNanos(EventLoop.toNanos(timeout), () -> {
			if (!waiter.done()) {
				waiter.setResult(null);
			}
		}, Context.copyCurrent()) : null;
		int[] counter = { all.size() };
		Consumer<Future<?>> onCompletion = (future) -> {
			counter[0]--;
			if (counter[0] <= 0 || returnWhen == ReturnWhen.FIRST_COMPLETED || (returnWhen == ReturnWhen.FIRST_EXCEPTION
					&& !future.cancelled() && future.exception() != null)) {
				if (timer != null) {
					timer.cancel();
				}
				if (!waiter.done()) {
					waiter.setResult(null);
				}
			}
		};
		for (Future<?> future : all) {
			@SuppressWarnings("unchecked")
			Future<Object> typed = (Future<Object>) future;
			typed.addDoneCallback(onCompletion);
		}
		try {
			waiter.await();
		}
		finally {
			if (timer != null) {
				timer.cancel();
			}
			for (Future<?> future : all) {
				@SuppressWarnings("unchecked")
				Future<Object> typed = (Future<Object>) future;
				typed.removeDoneCallback(onCompletion);
			}
		}
		Set<Future<?>> done = new LinkedHashSet<>();
		Set<Future<?>> pending = new LinkedHashSet<>();
		for (Future<?> future : all) {
			(future.done() ? done : pending).add(future);
		}
		return new DoneAndPending(done, pending);
	}

}
