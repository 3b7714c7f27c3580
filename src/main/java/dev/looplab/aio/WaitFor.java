package dev.looplab.aio;

import java.util.function.Consumer;

/**
 * {@code asyncio.wait_for} as in Python 3.11: waits for the inner future or the timeout;
 * on timeout it cancels the inner future, waits until it is really done, then raises
 * {@link TimeoutError} (unless the inner work finished anyway).
 */
final class WaitFor {

	private WaitFor() {
	}

	static <T> T waitFor(EventLoop loop, Coroutine<T> body, double timeout) {
		if (timeout <= 0) {
			return immediately(loop, loop.createTask(null, body));
		}
		Future<Object> waiter = new Future<>(loop, WaitKind.WAIT_FOR);
		TimerHandle timer = loop.callLaterNanos(EventLoop.toNanos(timeout), () -> release(waiter),
				Context.copyCurrent());
		return await(loop, loop.createTask(null, body), waiter, timer);
	}

	static <T> T waitFor(EventLoop loop, Future<T> inner, double timeout) {
		if (timeout <= 0) {
			return immediately(loop, inner);
		}
		Future<Object> waiter = new Future<>(loop, WaitKind.WAIT_FOR);
		TimerHandle timer = loop.callLaterNanos(EventLoop.toNanos(timeout), () -> release(waiter),
				Context.copyCurrent());
		return await(loop, inner, waiter, timer);
	}

	private static <T> T await(EventLoop loop, Future<T> inner, Future<Object> waiter, TimerHandle timer) {
		Consumer<Future<T>> onDone = (done) -> release(waiter);
		inner.addDoneCallback(onDone);
		try {
			try {
				waiter.await();
			}
			catch (CancelledError cancelled) {
				if (inner.done()) {
					return inner.result();
				}
				inner.removeDoneCallback(onDone);
				cancelAndWait(loop, inner);
				throw cancelled;
			}
			if (inner.done()) {
				return inner.result();
			}
			inner.removeDoneCallback(onDone);
			cancelAndWait(loop, inner);
			try {
				return inner.result();
			}
			catch (CancelledError cancelled) {
				throw new TimeoutError(cancelled);
			}
		}
		finally {
			timer.cancel();
		}
	}

	private static <T> T immediately(EventLoop loop, Future<T> inner) {
		if (inner.done()) {
			return inner.result();
		}
		cancelAndWait(loop, inner);
		try {
			return inner.result();
		}
		catch (CancelledError cancelled) {
			throw new TimeoutError(cancelled);
		}
	}

	/**
	 * {@code _cancel_and_wait}: cancel, then wait on a separate future so this stays
	 * cancellable.
	 */
	private static <T> void cancelAndWait(EventLoop loop, Future<T> inner) {
		Future<Object> waiter = new Future<>(loop, WaitKind.WAIT_FOR);
		Consumer<Future<T>> onDone = (done) -> release(waiter);
		inner.addDoneCallback(onDone);
		try {
			inner.cancel();
			waiter.await();
		}
		finally {
			inner.removeDoneCallback(onDone);
		}
	}

	private static void release(Future<Object> waiter) {
		if (!waiter.done()) {
			waiter.setResult(null);
		}
	}

}
