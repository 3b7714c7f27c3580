package dev.looplab.aio;

/**
 * {@code async with asyncio.timeout(delay):} (Python 3.11): when the delay passes, the
 * current task is cancelled; the {@link CancelledError} that ends the block becomes a
 * {@link TimeoutError} unless someone else also cancelled the task meanwhile.
 */
final class Timeout {

	private Timeout() {
	}

	static <T> T run(double delaySeconds, Coroutine<T> body) {
		Task<?> task = EventLoop.requireTask("Aio.timeout");
		EventLoop loop = task.loop;
		int cancelling = task.cancelling();
		boolean[] expiring = { false };
		Runnable onTimeout = () -> {
			task.cancel();
			expiring[0] = true;
		};
		long delay = EventLoop.toNanos(delaySeconds);
		Handle handle = (delay <= 0) ? loop.callSoon(onTimeout, Context.copyCurrent())
				: loop.callLaterNanos(delay, onTimeout, Context.copyCurrent());
		T value = null;
		Throwable failure = null;
		try {
			value = body.call();
		}
		catch (Throwable ex) {
			failure = ex;
		}
		handle.cancel();
		// __aexit__: withdraw our cancellation; it becomes a TimeoutError unless another
		// cancellation is pending too.
		if (expiring[0] && task.uncancel() <= cancelling && failure instanceof CancelledError cancelled) {
			throw new TimeoutError(cancelled);
		}
		if (failure != null) {
			throw Sneaky.raise(failure);
		}
		return value;
	}

}
