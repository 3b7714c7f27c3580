package dev.looplab.aio;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The learner's entry to the runtime, mirroring the functions of the {@code asyncio}
 * module: {@code run}, {@code create_task}, {@code sleep}, {@code gather},
 * {@code wait_for}, {@code shield}, {@code to_thread}, {@code current_task} and friends.
 */
public final class Aio {

	private static volatile SchedulingStrategy defaultStrategy = SchedulingStrategy.fifo();

	private static volatile TraceSink defaultSink = TraceSink.NONE;

	private Aio() {
	}

	/**
	 * Sets the strategy and trace sink of later runs that do not choose their own; the
	 * runner calls it before the learner's {@code main}.
	 * @param strategy the scheduling strategy
	 * @param sink where trace events go
	 */
	public static void configure(SchedulingStrategy strategy, TraceSink sink) {
		defaultStrategy = strategy;
		defaultSink = sink;
	}

	/**
	 * Mirrors {@code asyncio.run(main())}: runs the body as the main task (named "main")
	 * until it ends, cancels the tasks still left, and returns its result or throws its
	 * exception.
	 * @param body the main coroutine
	 */
	public static <T> T run(Coroutine<T> body) {
		return run(body, defaultStrategy, defaultSink);
	}

	/**
	 * Mirrors {@code asyncio.run(main())} for a body without a value.
	 * @param body the main coroutine
	 */
	public static void run(AsyncRunnable body) {
		run(body.asCoroutine(), defaultStrategy, defaultSink);
	}

	/**
	 * Mirrors {@code asyncio.run(main())} with a chosen scheduling strategy and trace
	 * sink.
	 * @param body the main coroutine
	 * @param strategy the order among ready callbacks
	 * @param sink where the trace goes
	 */
	public static <T> T run(Coroutine<T> body, SchedulingStrategy strategy, TraceSink sink) {
		return Runner.run(body, strategy, sink);
	}

	/** Mirrors {@code asyncio.get_running_loop()}. */
	public static EventLoop loop() {
		return EventLoop.require("Aio.loop()");
	}

	/**
	 * Mirrors {@code asyncio.current_task()}: the running task, or {@code null} in a
	 * callback.
	 */
	public static Task<?> currentTask() {
		return EventLoop.require("Aio.currentTask()").currentTask();
	}

	/**
	 * The task running right now on this thread's loop, or {@code null} (no loop on this
	 * thread, or a callback between tasks): lets the runner attribute each printed line
	 * to a task. A line printed by an executor thread belongs to no task.
	 */
	public static Task<?> runningTask() {
		EventLoop loop = EventLoop.current();
		return (loop != null) ? loop.currentTask() : null;
	}

	/** Mirrors {@code asyncio.all_tasks()}: the tasks not done yet, in creation order. */
	public static List<Task<?>> allTasks() {
		return EventLoop.require("Aio.allTasks()").liveTasks();
	}

	/** Mirrors {@code loop.time()}: seconds on the running loop's clock. */
	public static double time() {
		return loop().time();
	}

	/**
	 * Mirrors {@code time.perf_counter()}: seconds on the run's clock (virtual once
	 * installed), usable outside a loop, for "elapsed" figures.
	 */
	public static double perfCounter() {
		VirtualClock clock = VirtualClock.installed();
		return ((clock != null) ? clock.nanos() : System.nanoTime()) / 1e9;
	}

	/**
	 * Mirrors {@code asyncio.create_task(coro)}.
	 * @param body the task's body
	 * @return the task; it first runs on the loop's next iteration
	 */
	public static <T> Task<T> createTask(Coroutine<T> body) {
		return EventLoop.require("Aio.createTask").createTask(null, body);
	}

	/**
	 * Mirrors {@code asyncio.create_task(coro, name=name)}.
	 * @param name the task's name
	 * @param body the task's body
	 */
	public static <T> Task<T> createTask(String name, Coroutine<T> body) {
		return EventLoop.require("Aio.createTask").createTask(name, body);
	}

	/**
	 * Mirrors {@code asyncio.create_task(coro)} for a body without a value.
	 * @param body the task's body
	 */
	public static Task<Object> createTask(AsyncRunnable body) {
		return createTask(null, body.asCoroutine());
	}

	/**
	 * Mirrors {@code asyncio.create_task(coro, name=name)} for a body without a value.
	 * @param name the task's name
	 * @param body the task's body
	 */
	public static Task<Object> createTask(String name, AsyncRunnable body) {
		return createTask(name, body.asCoroutine());
	}

	/** Mirrors {@code loop.create_future()}. */
	public static <T> Future<T> createFuture() {
		return loop().createFuture();
	}

	/**
	 * Mirrors {@code await asyncio.sleep(seconds)}: suspends the task; {@code sleep(0)}
	 * gives up the loop for exactly one iteration.
	 * @param seconds how long, in seconds of the loop's clock
	 */
	public static void sleep(double seconds) {
		Task<?> task = EventLoop.requireTask("Aio.sleep");
		if (seconds <= 0) {
			task.yieldOnce();
			return;
		}
		EventLoop loop = task.loop;
		SleepFuture done = new SleepFuture(loop);
		TimerHandle timer = loop.callLaterNanos(EventLoop.toNanos(seconds), done, task.context);
		try {
			done.await();
		}
		finally {
			timer.cancel();
		}
	}

	/**
	 * Mirrors {@code asyncio.gather(*aws)}: a future of all results in order; the first
	 * exception propagates to the awaiter while the others keep running.
	 * @param futures tasks or futures
	 */
	@SafeVarargs
	public static <T> Future<List<T>> gather(Future<? extends T>... futures) {
		return gather(Arrays.asList(futures));
	}

	/**
	 * Mirrors {@code asyncio.gather(*aws)} over a list of tasks or futures.
	 * @param futures tasks or futures
	 */
	@SuppressWarnings("unchecked")
	public static <T> Future<List<T>> gather(List<? extends Future<? extends T>> futures) {
		Future<?> outer = Gather.of(EventLoop.require("Aio.gather"), futures, false);
		return (Future<List<T>>) outer;
	}

	/**
	 * Mirrors {@code asyncio.gather(coro(), ...)}: wraps each body in a task, in order.
	 * @param bodies the coroutines
	 */
	@SafeVarargs
	public static <T> Future<List<T>> gather(Coroutine<? extends T>... bodies) {
		return gather(Tasks.wrap(bodies));
	}

	/**
	 * Mirrors {@code asyncio.gather(coro(), ...)} for bodies without a value.
	 * @param bodies the coroutines
	 */
	public static Future<List<Object>> gather(AsyncRunnable... bodies) {
		return gather(Tasks.wrap(bodies));
	}

	/**
	 * Mirrors {@code asyncio.gather(*aws, return_exceptions=True)}: exceptions and
	 * {@link CancelledError}s take the place of results.
	 * @param futures tasks or futures
	 */
	public static Future<List<Object>> gatherReturningExceptions(Future<?>... futures) {
		return gatherReturningExceptions(Arrays.asList(futures));
	}

	/**
	 * Mirrors {@code asyncio.gather(*aws, return_exceptions=True)} over a list.
	 * @param futures tasks or futures
	 */
	public static Future<List<Object>> gatherReturningExceptions(List<? extends Future<?>> futures) {
		return Gather.of(EventLoop.require("Aio.gatherReturningExceptions"), futures, true);
	}

	/**
	 * Mirrors {@code asyncio.gather(coro(), ..., return_exceptions=True)}.
	 * @param bodies the coroutines
	 */
	public static Future<List<Object>> gatherReturningExceptions(Coroutine<?>... bodies) {
		return gatherReturningExceptions(Tasks.wrap(bodies));
	}

	/**
	 * Mirrors {@code asyncio.gather(coro(), ..., return_exceptions=True)} for bodies
	 * without a value.
	 * @param bodies the coroutines
	 */
	public static Future<List<Object>> gatherReturningExceptions(AsyncRunnable... bodies) {
		return gatherReturningExceptions(Tasks.wrap(bodies));
	}

	/**
	 * Mirrors {@code await asyncio.wait_for(aw, timeout)} (Python 3.11).
	 * @param future the task or future to wait for
	 * @param timeoutSeconds the timeout
	 * @throws TimeoutError when it ran out; the inner work was cancelled and has ended
	 */
	public static <T> T waitFor(Future<T> future, double timeoutSeconds) {
		return WaitFor.waitFor(EventLoop.requireTask("Aio.waitFor").loop, future, timeoutSeconds);
	}

	/**
	 * Mirrors {@code await asyncio.wait_for(coro(), timeout)}: the body runs as a new
	 * task.
	 * @param body the coroutine
	 * @param timeoutSeconds the timeout
	 */
	public static <T> T waitFor(Coroutine<T> body, double timeoutSeconds) {
		return WaitFor.waitFor(EventLoop.requireTask("Aio.waitFor").loop, body, timeoutSeconds);
	}

	/**
	 * Mirrors {@code await asyncio.wait_for(coro(), timeout)} for a body without a value.
	 * @param body the coroutine
	 * @param timeoutSeconds the timeout
	 */
	public static void waitFor(AsyncRunnable body, double timeoutSeconds) {
		waitFor(body.asCoroutine(), timeoutSeconds);
	}

	/**
	 * Mirrors {@code await asyncio.wait(fs, timeout=..., return_when=...)}.
	 * @param futures tasks or futures, at least one
	 * @param timeoutSeconds the timeout, or a negative number for none
	 * @param returnWhen when to stop waiting
	 * @return the futures done and those still pending, in the order given
	 */
	public static DoneAndPending wait(java.util.Collection<? extends Future<?>> futures, double timeoutSeconds,
			ReturnWhen returnWhen) {
		return Wait.await(EventLoop.requireTask("Aio.wait").loop, futures, timeoutSeconds, returnWhen);
	}

	/**
	 * Mirrors {@code await asyncio.wait(fs)}: waits for all of them.
	 * @param futures tasks or futures, at least one
	 */
	public static DoneAndPending wait(java.util.Collection<? extends Future<?>> futures) {
		return wait(futures, -1, ReturnWhen.ALL_COMPLETED);
	}

	/**
	 * Mirrors {@code asyncio.as_completed(fs)}: awaiting the k-th element gives the
	 * result of the k-th future to finish.
	 * @param futures tasks or futures
	 */
	public static <T> List<Awaitable<T>> asCompleted(java.util.Collection<? extends Future<? extends T>> futures) {
		return asCompleted(futures, -1);
	}

	/**
	 * Mirrors {@code asyncio.as_completed(fs, timeout=...)}.
	 * @param futures tasks or futures
	 * @param timeoutSeconds the time allowed for all of them, or a negative number for
	 * none
	 * @throws TimeoutError from an element awaited after the time ran out
	 */
	public static <T> List<Awaitable<T>> asCompleted(java.util.Collection<? extends Future<? extends T>> futures,
			double timeoutSeconds) {
		return AsCompleted.of(EventLoop.require("Aio.asCompleted"), futures, timeoutSeconds);
	}

	/**
	 * Mirrors {@code async with asyncio.timeout(delay): ...} (Python 3.11): runs the body
	 * in the current task and cancels it if it takes longer.
	 * @param delaySeconds the time allowed
	 * @param body the block
	 * @throws TimeoutError when the time ran out
	 */
	public static <T> T timeout(double delaySeconds, Coroutine<T> body) {
		return Timeout.run(delaySeconds, body);
	}

	/**
	 * Mirrors {@code async with asyncio.timeout(delay): ...} for a block without a value.
	 * @param delaySeconds the time allowed
	 * @param body the block
	 */
	public static void timeout(double delaySeconds, AsyncRunnable body) {
		Timeout.run(delaySeconds, body.asCoroutine());
	}

	/**
	 * Mirrors {@code asyncio.shield(aw)}: cancelling the returned future (or the task
	 * awaiting it) does not cancel the inner one.
	 * @param future the task or future to protect
	 */
	public static <T> Future<T> shield(Future<T> future) {
		return Shield.of(EventLoop.require("Aio.shield"), future);
	}

	/**
	 * Mirrors {@code asyncio.shield(coro())}: the body runs as a new task.
	 * @param body the coroutine
	 */
	public static <T> Future<T> shield(Coroutine<T> body) {
		return shield(createTask(body));
	}

	/**
	 * Mirrors {@code loop.run_in_executor(None, func)}.
	 * @param work blocking work for a worker thread
	 * @return a future of its result
	 */
	public static <T> Future<T> runInExecutor(Callable<T> work) {
		return loop().runInExecutor(work);
	}

	/**
	 * Mirrors {@code await asyncio.to_thread(func)}: runs blocking work on a worker
	 * thread in a copy of the current context, and waits for it.
	 * @param work blocking work
	 */
	public static <T> T toThread(Callable<T> work) {
		EventLoop loop = EventLoop.requireTask("Aio.toThread").loop;
		return loop.executor().submit(work, Context.copyCurrent()).await();
	}

	/**
	 * Mirrors {@code await asyncio.to_thread(func)} for work without a value.
	 * @param work blocking work
	 */
	public static void toThread(AsyncRunnable work) {
		toThread(() -> {
			work.run();
			return null;
		});
	}

	/**
	 * Mirrors {@code async with asyncio.TaskGroup() as tg: ...} with asyncio's exact exit
	 * rules.
	 * @param body creates tasks in the group and may await
	 */
	public static void taskGroup(TaskGroup.Body body) {
		TaskGroup.run(body);
	}

}
