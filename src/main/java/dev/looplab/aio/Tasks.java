package dev.looplab.aio;

import java.util.ArrayList;
import java.util.List;

/** Wraps coroutine bodies in tasks, in order, as {@code gather} does with coroutines. */
final class Tasks {

	private Tasks() {
	}

	static <T> List<Future<? extends T>> wrap(Coroutine<? extends T>[] bodies) {
		EventLoop loop = EventLoop.require("Aio.gather");
		List<Future<? extends T>> tasks = new ArrayList<>(bodies.length);
		for (Coroutine<? extends T> body : bodies) {
			tasks.add(loop.createTask(null, body));
		}
		return tasks;
	}

	static List<Future<?>> wrap(AsyncRunnable[] bodies) {
		EventLoop loop = EventLoop.require("Aio.gather");
		List<Future<?>> tasks = new ArrayList<>(bodies.length);
		for (AsyncRunnable body : bodies) {
			tasks.add(loop.createTask(null, body.asCoroutine()));
		}
		return tasks;
	}

}
