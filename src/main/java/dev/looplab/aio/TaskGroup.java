package dev.looplab.aio;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Mirrors {@code asyncio.TaskGroup} (Python 3.11): tasks created in the group are awaited
 * when it closes; the first failure cancels the other tasks and the body, and all
 * failures are raised together as an {@link ExceptionGroup}. Use {@link #run(Body)} (or
 * {@code Aio.taskGroup}) when the body itself awaits: Java's try-with-resources cannot
 * replace an exception thrown by the block, so there the block's own exception wins.
 */
public final class TaskGroup implements AutoCloseable {

	private final EventLoop loop;

	private final Task<?> parent;

	private final Set<Task<?>> tasks = new LinkedHashSet<>();

	private final List<Throwable> errors = new ArrayList<>();

	private boolean exiting;

	private boolean aborting;

	private boolean parentCancelRequested;

	private Future<Object> onCompleted;

	/**
	 * Mirrors {@code async with asyncio.TaskGroup() as tg}: enters the group in the
	 * current task.
	 */
	public TaskGroup() {
		this.loop = EventLoop.require("TaskGroup");
		this.parent = EventLoop.requireTask("TaskGroup");
	}

	/**
	 * Runs a body in a new group and closes it with asyncio's exact rules, including when
	 * the body throws.
	 * @param body creates the group's tasks and may await
	 */
	public static void run(Body body) {
		TaskGroup group = new TaskGroup();
		Throwable failure = null;
		try {
			body.run(group);
		}
		catch (Throwable ex) {
			failure = ex;
		}
		group.exit(failure);
	}

	/**
	 * Mirrors {@code tg.create_task(coro)}.
	 * @param body the task's body
	 */
	public <T> Task<T> createTask(Coroutine<T> body) {
		return createTask(null, body);
	}

	/**
	 * Mirrors {@code tg.create_task(coro, name=name)}.
	 * @param name the task's name
	 * @param body the task's body
	 */
	public <T> Task<T> createTask(String name, Coroutine<T> body) {
		if (this.exiting && this.tasks.isEmpty()) {
			throw new IllegalStateException("TaskGroup is finished");
		}
		if (this.aborting) {
			throw new IllegalStateException("TaskGroup is shutting down");
		}
		Task<T> task = this.loop.createTask(name, body);
		task.addDoneCallback(this::onTaskDone);
		this.tasks.add(task);
		return task;
	}

	/**
	 * Mirrors {@code tg.create_task(coro)} for a body without a value.
	 * @param body the task's body
	 */
	public Task<Object> createTask(AsyncRunnable body) {
		return createTask(null, body.asCoroutine());
	}

	/**
	 * Mirrors {@code tg.create_task(coro, name=name)} for a body without a value.
	 * @param name the task's name
	 * @param body the task's body
	 */
	public Task<Object> createTask(String name, AsyncRunnable body) {
		return createTask(name, body.asCoroutine());
	}

	/** Mirrors leaving {@code async with} normally: waits for every task of the group. */
	@Override
	public void close() {
		exit(null);
	}

	/** {@code TaskGroup.__aexit__}. */
	private void exit(Throwable failure) {
		this.exiting = true;
		CancelledError propagateCancellation = (failure instanceof CancelledError cancelled) ? cancelled : null;
		if (this.parentCancelRequested && this.parent.uncancel() == 0) {
			// The cancellation was ours (a task failed), not a request from outside.
			propagateCancellation = null;
		}
		if (failure != null && !this.aborting) {
			abort();
		}
		while (!this.tasks.isEmpty()) {
			if (this.onCompleted == null) {
				this.onCompleted = new Future<>(this.loop, WaitKind.TASK_GROUP);
			}
			try {
				this.onCompleted.await();
			}
			catch (CancelledError cancelled) {
				if (!this.aborting) {
					propagateCancellation = cancelled;
					abort();
				}
			}
			this.onCompleted = null;
		}
		if (propagateCancellation != null && this.errors.isEmpty()) {
			throw propagateCancellation;
		}
		if (failure != null && !(failure instanceof CancelledError)) {
			this.errors.add(failure);
		}
		if (!this.errors.isEmpty()) {
			throw new ExceptionGroup("unhandled errors in a TaskGroup", this.errors);
		}
	}

	private void abort() {
		this.aborting = true;
		for (Task<?> task : this.tasks) {
			if (!task.done()) {
				task.cancel();
			}
		}
	}

	private void onTaskDone(Future<?> task) {
		this.tasks.remove(task);
		if (this.onCompleted != null && this.tasks.isEmpty() && !this.onCompleted.done()) {
			this.onCompleted.setResult(Boolean.TRUE);
		}
		if (task.cancelled()) {
			return;
		}
		Throwable failure = task.exception();
		if (failure == null) {
			return;
		}
		this.errors.add(failure);
		if (this.parent.done()) {
			return;
		}
		if (!this.aborting && !this.parentCancelRequested) {
			// Stop whatever the body awaits; exit() withdraws this cancellation again.
			abort();
			this.parentCancelRequested = true;
			this.parent.cancel();
		}
	}

	/** A task group's body. */
	@FunctionalInterface
	public interface Body {

		/**
		 * @param group the group to create tasks in
		 * @throws Exception anything; it cancels the group's tasks
		 */
		void run(TaskGroup group) throws Exception;

	}

}
