package dev.looplab.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A blocking call given a time limit as a whole. {@code HttpRequest.timeout} covers only
 * the wait for the response's headers, but a stalled server can also stop in the middle
 * of a body (an event stream, say), and a load test must not wait for it forever.
 */
final class TimeBound {

	private TimeBound() {
	}

	/**
	 * The call's result, or a {@link TimeoutException} once {@code limit} has passed (the
	 * call's thread is then interrupted and left to end on its own).
	 */
	static <T> T within(Duration limit, Callable<T> call) throws IOException, InterruptedException, TimeoutException {
		FutureTask<T> task = new FutureTask<>(call);
		Thread thread = Thread.ofVirtual().name("time-bound-call").start(task);
		try {
			return task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException | InterruptedException ex) {
			thread.interrupt();
			throw ex;
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw io;
			}
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IOException(ex.getCause());
		}
	}

}
