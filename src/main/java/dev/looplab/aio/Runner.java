package dev.looplab.aio;

import java.util.List;

/**
 * {@code asyncio.run}: a fresh loop runs the main task to its end, then the tasks still
 * left are cancelled and run until they finish, then the executor's jobs are waited for.
 */
final class Runner {

	private Runner() {
	}

	static <T> T run(Coroutine<T> body, SchedulingStrategy strategy, TraceSink sink) {
		if (EventLoop.current() != null) {
			throw new IllegalStateException("Aio.run() cannot be called from a running event loop");
		}
		if (EventLoop.anyRunning() != null) {
			throw new IllegalStateException("Aio.run() is already running on another thread");
		}
		Fiber.checkAvailable();
		LoopClock clock = LoopClock.forThisRun();
		EventLoop loop = new EventLoop(clock, strategy, sink);
		EventLoop.setRunning(loop);
		clock.attach();
		try {
			Task<T> main = loop.createTask("main", body);
			try {
				loop.runUntilComplete(main);
			}
			finally {
				shutDown(loop);
			}
			return main.result();
		}
		finally {
			clock.detach();
			EventLoop.setRunning(null);
		}
	}

	/** {@code _cancel_all_tasks} and {@code shutdown_default_executor}. */
	private static void shutDown(EventLoop loop) {
		try {
			List<Task<?>> left = loop.liveTasks();
			if (!left.isEmpty()) {
				for (Task<?> task : left) {
					task.cancel();
				}
				loop.runUntilComplete(Gather.of(loop, left, true));
				for (Task<?> task : left) {
					if (!task.cancelled() && task.exception() != null) {
						System.err.println("unhandled exception during Aio.run() shutdown: " + task);
						task.exception().printStackTrace();
					}
				}
			}
			loop.runUntilComplete(loop.executor().drained());
		}
		catch (LoopStalled ex) {
			// The leftover tasks cannot finish; the run ends anyway.
		}
	}

}
