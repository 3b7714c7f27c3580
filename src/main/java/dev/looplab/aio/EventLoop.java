package dev.looplab.aio;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * Mirrors asyncio's event loop ({@code BaseEventLoop}): a FIFO queue of ready callbacks
 * and a heap of timers ordered by due time ({@link TimerHeap}, CPython's heap order for
 * timers due at the same moment). One iteration ({@code runOnce}) takes the steps of
 * {@code BaseEventLoop._run_once} in its order: drop cancelled timers, wait (for the
 * earliest timer, not at all when something is ready; in virtual time an instant jump of
 * the clock), take what other threads posted (CPython's I/O events), move the due timers
 * to the end of the ready queue, then run the callbacks that were ready at that point
 * (those they queue wait for the next iteration).
 */
public final class EventLoop {

	private static final long SLOW_CALLBACK_NANOS = 100_000_000L;

	/** The loop of the running {@code Aio.run}; one at a time per JVM. */
	private static volatile EventLoop running;

	final Thread thread = Thread.currentThread();

	final LoopClock clock;

	final Tracer tracer;

	private final SchedulingStrategy strategy;

	private final ArrayDeque<Handle> ready = new ArrayDeque<>();

	private final TimerHeap timers = new TimerHeap();

	/** CPython's {@code _timer_cancelled_count}: cancelled timers still in the heap. */
	private int cancelledTimers;

	/** How many times a due time was read off the clock; see {@link TimerHandle}. */
	private long clockReadings;

	private final ConcurrentLinkedQueue<Handle> posted = new ConcurrentLinkedQueue<>();

	private final Set<Task<?>> liveTasks = new LinkedHashSet<>();

	private final List<Handle> batch = new ArrayList<>();

	private boolean stopping;

	private Task<?> currentTask;

	private Task<?> lastStepped;

	private int lastTaskId;

	private ExecutorBridge executor;

	EventLoop(LoopClock clock, SchedulingStrategy strategy, TraceSink sink) {
		this.clock = clock;
		this.strategy = strategy;
		this.tracer = new Tracer(sink, clock);
	}

	static void setRunning(EventLoop loop) {
		running = loop;
	}

	/** The loop running on the calling thread, or {@code null}. */
	static EventLoop current() {
		EventLoop loop = running;
		return (loop != null && loop.thread == Thread.currentThread()) ? loop : null;
	}

	/** The loop of the running program, whichever thread asks. */
	static EventLoop anyRunning() {
		return running;
	}

	static EventLoop require(String what) {
		EventLoop loop = current();
		if (loop == null) {
			throw new IllegalStateException(what + " needs a running event loop: call it inside Aio.run(...)");
		}
		return loop;
	}

	static Task<?> requireTask(String what) {
		Task<?> task = require(what).currentTask;
		if (task == null) {
			throw new IllegalStateException(what + " must be called from inside a task, not from a plain callback");
		}
		return task;
	}

	/** Mirrors {@code loop.time()}: seconds on the loop's clock (virtual by default). */
	public double time() {
		this.clockReadings++;
		return this.clock.nanos() / 1e9;
	}

	/**
	 * Mirrors {@code loop.call_soon(callback)}: runs it on a later iteration, in order.
	 * @param callback what to run
	 * @return a handle that can cancel it
	 */
	public Handle callSoon(Runnable callback) {
		return callSoon(callback, Context.copyCurrent());
	}

	Handle callSoon(Runnable callback, Context context) {
		Handle handle = new Handle(callback, context);
		this.ready.addLast(handle);
		return handle;
	}

	void callSoon(Consumer<?> callback, Object argument, Context context) {
		this.ready.addLast(new Handle(callback, argument, context));
	}

	/**
	 * Mirrors {@code loop.call_soon_threadsafe(callback)}: the one method other threads
	 * may call.
	 * @param callback what to run on the loop
	 * @return a handle that can cancel it
	 */
	public Handle callSoonThreadsafe(Runnable callback) {
		Handle handle = new Handle(callback, Context.copyCurrent());
		this.posted.add(handle);
		this.clock.wake();
		return handle;
	}

	/**
	 * Mirrors {@code loop.call_later(delay, callback)}.
	 * @param delaySeconds how long from now
	 * @param callback what to run
	 * @return a handle that can cancel it
	 */
	public TimerHandle callLater(double delaySeconds, Runnable callback) {
		return callLaterNanos(toNanos(delaySeconds), callback, Context.copyCurrent());
	}

	/**
	 * Mirrors {@code loop.call_at(when, callback)}. Timers due at the same moment fire in
	 * CPython's heap order, not in arming order. Deviation: the due time counts as
	 * computed from the program's last {@link #time()}; CPython, whose clock moves
	 * between readings, would put one computed from an earlier reading first.
	 * @param whenSeconds the due time on the loop's clock ({@link #time()})
	 * @param callback what to run
	 * @return a handle that can cancel it
	 */
	public TimerHandle callAt(double whenSeconds, Runnable callback) {
		// The due time comes from the program, most likely from its last loop.time().
		return callAtNanos(toNanos(whenSeconds), this.clockReadings, callback, Context.copyCurrent());
	}

	TimerHandle callLaterNanos(long delayNanos, Runnable callback, Context context) {
		// call_later reads the clock itself: a reading later than every one before.
		long reading = ++this.clockReadings;
		return callAtNanos(this.clock.nanos() + delayNanos, reading, callback, context);
	}

	private TimerHandle callAtNanos(long when, long reading, Runnable callback, Context context) {
		Task<?> owner = this.currentTask;
		TimerHandle timer = new TimerHandle(callback, context, when, reading, (owner != null) ? owner.id() : 0, this);
		this.timers.push(timer);
		this.tracer.emit(TraceKind.TIMER_ARMED, owner, null, when, null);
		return timer;
	}

	static long toNanos(double seconds) {
		if (seconds >= 9.2e9) {
			return Long.MAX_VALUE / 2;
		}
		return Math.round(seconds * 1e9);
	}

	/** Mirrors {@code loop.create_future()}. */
	public <T> Future<T> createFuture() {
		return new Future<>(this, WaitKind.FUTURE);
	}

	/**
	 * Mirrors {@code loop.create_task(coro, name=...)}.
	 * @param name the task's name, or {@code null} for "Task-N"
	 * @param body the task's body
	 * @return the task, scheduled to start on the next iteration
	 */
	public <T> Task<T> createTask(String name, Coroutine<T> body) {
		// asyncio.create_task names the task after creating it, so every task, named or
		// not, takes a number: unnamed ones are "Task-" + their id (main is 1).
		int id = ++this.lastTaskId;
		Task<T> task = new Task<>(this, id, (name != null) ? name : "Task-" + id, body, Context.copyCurrent());
		this.liveTasks.add(task);
		this.tracer.emit(TraceKind.TASK_CREATED, task, null, -1, null);
		task.schedule();
		return task;
	}

	/**
	 * Mirrors {@code loop.run_in_executor(None, func)}: runs blocking work on a worker
	 * thread.
	 * @param work the blocking work
	 * @return a future of its result, to await
	 */
	public <T> Future<T> runInExecutor(Callable<T> work) {
		return executor().submit(work, null);
	}

	ExecutorBridge executor() {
		if (this.executor == null) {
			this.executor = new ExecutorBridge(this, this.clock);
		}
		return this.executor;
	}

	/** Mirrors {@code loop.stop()}: the loop stops after the current iteration. */
	public void stop() {
		this.stopping = true;
	}

	Task<?> currentTask() {
		return this.currentTask;
	}

	List<Task<?>> liveTasks() {
		return List.copyOf(this.liveTasks);
	}

	void enterTask(Task<?> task) {
		this.currentTask = task;
		this.lastStepped = task;
	}

	void leaveTask() {
		this.currentTask = null;
	}

	void taskDone(Task<?> task) {
		this.liveTasks.remove(task);
	}

	/** Mirrors {@code loop.run_until_complete(future)}. */
	void runUntilComplete(Future<?> future) {
		Consumer<Future<?>> stopper = (done) -> stop();
		future.addDoneCallback(stopper);
		try {
			runForever();
		}
		finally {
			future.removeDoneCallback(stopper);
		}
		if (!future.done()) {
			throw new IllegalStateException("Event loop stopped before Future completed.");
		}
	}

	private void runForever() {
		try {
			do {
				runOnce();
			}
			while (!this.stopping);
		}
		finally {
			this.stopping = false;
		}
	}

	/**
	 * CPython's {@code _timer_handle_cancelled}: a timer still in the heap was cancelled.
	 */
	void timerCancelled() {
		this.cancelledTimers++;
	}

	/** One iteration, step for step as {@code BaseEventLoop._run_once}. */
	private void runOnce() {
		drainPosted();
		dropCancelledTimers();
		if (this.ready.isEmpty() && !this.stopping) {
			// The selector's wait, with the timeout _run_once computes: until the
			// earliest
			// timer, or for ever when there is none.
			long deadline = this.timers.isEmpty() ? Long.MAX_VALUE : this.timers.peek().whenNanos;
			if (!this.clock.idle(deadline) && this.posted.isEmpty()) {
				throw new LoopStalled();
			}
		}
		// What other threads posted while the loop waited: where CPython processes the
		// I/O events the selector returned.
		drainPosted();
		moveDueTimers();
		int count = this.ready.size();
		if (this.strategy instanceof Fifo) {
			for (int i = 0; i < count; i++) {
				runHandle(this.ready.pollFirst());
			}
		}
		else {
			for (int i = 0; i < count; i++) {
				this.batch.add(this.ready.pollFirst());
			}
			while (!this.batch.isEmpty()) {
				int last = this.batch.size() - 1;
				int pick = this.strategy.pick(this.batch.size());
				Handle handle = this.batch.get(pick);
				this.batch.set(pick, this.batch.get(last));
				this.batch.remove(last);
				runHandle(handle);
			}
		}
	}

	/**
	 * The first step of {@code _run_once}: with more than 100 timers of which more than
	 * half are cancelled, rebuild the heap without them (which reorders timers due at the
	 * same moment); otherwise pop the cancelled ones off its top.
	 */
	private void dropCancelledTimers() {
		int scheduled = this.timers.size();
		if (scheduled > 100 && (double) this.cancelledTimers / scheduled > 0.5) {
			this.timers.dropCancelled();
			this.cancelledTimers = 0;
			return;
		}
		while (!this.timers.isEmpty() && this.timers.peek().cancelled()) {
			this.cancelledTimers--;
			this.timers.pop().scheduled = false;
		}
	}

	/** Every timer that is due goes to the end of the ready queue, in heap order. */
	private void moveDueTimers() {
		long now = this.clock.nanos();
		while (!this.timers.isEmpty() && this.timers.peek().whenNanos <= now) {
			TimerHandle timer = this.timers.pop();
			timer.scheduled = false;
			// CPython queues a cancelled one too and skips it when its turn comes; its
			// count of cancelled timers keeps it, as here.
			if (!timer.cancelled()) {
				this.ready.addLast(timer);
				if (this.tracer.on) {
					this.tracer.emit(TraceKind.TIMER_FIRED, now, null, null, timer.whenNanos,
							(timer.ownerTaskId != 0) ? "armed by task " + timer.ownerTaskId : null);
				}
			}
		}
	}

	private void drainPosted() {
		Handle handle;
		while ((handle = this.posted.poll()) != null) {
			this.ready.addLast(handle);
		}
	}

	private void runHandle(Handle handle) {
		if (handle.cancelled()) {
			return;
		}
		if (!this.tracer.on) {
			runGuarded(handle);
			return;
		}
		long virtualStart = this.clock.nanos();
		long realStart = System.nanoTime();
		this.lastStepped = null;
		runGuarded(handle);
		long took = Math.max(this.clock.nanos() - virtualStart, System.nanoTime() - realStart);
		if (took >= SLOW_CALLBACK_NANOS) {
			// Named as it was when the step began, like asyncio debug mode's warning.
			String what = (this.lastStepped != null) ? this.lastStepped.describePending() : "a callback";
			this.tracer.emit(TraceKind.SLOW_CALLBACK, this.lastStepped, null, -1,
					String.format(Locale.ROOT, "Executing %s took %.3f seconds", what, took / 1e9));
		}
	}

	private void runGuarded(Handle handle) {
		try {
			handle.run();
		}
		catch (LoopStalled | VirtualMachineError ex) {
			throw ex;
		}
		catch (Throwable ex) {
			// asyncio logs an exception from a plain callback and carries on.
			System.err.println("Exception in callback " + handle);
			ex.printStackTrace();
		}
	}

}
