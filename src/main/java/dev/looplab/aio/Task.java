package dev.looplab.aio;

import java.util.function.Consumer;

/**
 * Mirrors {@code asyncio.Task}: a body running concurrently on the loop, itself a
 * {@link Future} of the body's result. The body runs on its own {@link Fiber}; each loop
 * callback that steps the task runs it up to its next suspension point ({@code __step} in
 * CPython). A cancellation is delivered as a {@link CancelledError} at that point.
 *
 * @param <T> the body's result type
 */
public final class Task<T> extends Future<T> {

	private final int id;

	private String name;

	private final Coroutine<T> body;

	final Context context;

	private final Runnable stepNow = () -> step(null);

	private final Consumer<Future<?>> wakeup = this::wakeup;

	private Object fiber;

	private boolean started;

	private boolean mustCancel;

	private Future<?> futWaiter;

	private CancelledError cancelledExc;

	private int cancelRequests;

	// Hand-off between the loop side (step) and the body side (suspendOn, yieldOnce).
	private Future<?> yieldedTo;

	private Throwable resumeWith;

	private boolean bodyEnded;

	private T bodyValue;

	private Throwable bodyError;

	Task(EventLoop loop, int id, String name, Coroutine<T> body, Context context) {
		super(loop, WaitKind.TASK);
		this.id = id;
		this.name = name;
		this.body = body;
		this.context = context;
	}

	void schedule() {
		this.loop.callSoon(this.stepNow, this.context);
	}

	/** The task's number: 1, 2, ... in creation order within the run. */
	public int id() {
		return this.id;
	}

	/** Mirrors {@code Task.get_name()}. */
	public String getName() {
		return this.name;
	}

	/**
	 * Mirrors {@code Task.set_name(value)}.
	 * @param name the new name
	 */
	public void setName(String name) {
		this.name = name;
	}

	/** Mirrors {@code Task.cancelling()}: cancellation requests not yet withdrawn. */
	public int cancelling() {
		return this.cancelRequests;
	}

	/** Mirrors {@code Task.uncancel()}: withdraws one cancellation request. */
	public int uncancel() {
		if (this.cancelRequests > 0) {
			this.cancelRequests--;
		}
		return this.cancelRequests;
	}

	/**
	 * Mirrors {@code Task.cancel(msg)}: cancels what the task awaits, or arranges for a
	 * {@link CancelledError} at its next step. The task can still catch it.
	 */
	@Override
	public boolean cancel(String message) {
		if (done()) {
			return false;
		}
		this.cancelRequests++;
		if (this.futWaiter != null && this.futWaiter.cancel(message)) {
			// The waiter's callback wakes this task with the cancellation.
			return true;
		}
		this.mustCancel = true;
		this.cancelMessage = message;
		return true;
	}

	/** Not supported, as in asyncio: a task's result is its body's. */
	@Override
	public void setResult(T value) {
		throw new IllegalStateException("Task does not support set_result operation");
	}

	/** Not supported, as in asyncio: a task's exception is its body's. */
	@Override
	public void setException(Throwable failure) {
		throw new IllegalStateException("Task does not support set_exception operation");
	}

	@Override
	CancelledError makeCancelledError() {
		return (this.cancelledExc != null) ? this.cancelledExc : super.makeCancelledError();
	}

	private void wakeup(Future<?> future) {
		Throwable failure;
		if (future.cancelled()) {
			failure = future.makeCancelledError();
		}
		else {
			failure = future.exception();
		}
		step(failure);
	}

	/** {@code Task.__step}: runs the body to its next suspension point or its end. */
	private void step(Throwable thrownIn) {
		if (done()) {
			throw new InvalidStateError("step(): already done: " + this);
		}
		Throwable failure = thrownIn;
		if (this.mustCancel) {
			if (!(failure instanceof CancelledError)) {
				failure = makeCancelledError();
			}
			this.mustCancel = false;
		}
		this.futWaiter = null;
		this.loop.enterTask(this);
		try {
			if (!this.started) {
				this.started = true;
				this.loop.tracer.emit(TraceKind.TASK_STARTED, this, null, -1, null);
				if (failure != null) {
					// Cancelled before it ran: the body never starts.
					this.bodyEnded = true;
					this.bodyError = failure;
				}
				else {
					this.fiber = Fiber.create(this::runBody);
					Fiber.run(this.fiber);
				}
			}
			else {
				// A resumption that delivers a cancellation says so: tests check that a
				// cancelled task stops.
				this.loop.tracer.emit(TraceKind.TASK_RESUMED, this, null, -1,
						(failure instanceof CancelledError) ? "cancelled" : null);
				this.resumeWith = failure;
				Fiber.run(this.fiber);
			}
		}
		finally {
			this.loop.leaveTask();
		}
		if (this.bodyEnded) {
			end();
		}
		else {
			suspended();
		}
	}

	private void runBody() {
		try {
			this.bodyValue = this.body.call();
		}
		catch (Throwable ex) {
			this.bodyError = ex;
		}
		this.bodyEnded = true;
	}

	private void end() {
		this.fiber = null;
		this.loop.taskDone(this);
		Tracer tracer = this.loop.tracer;
		if (this.bodyError == null) {
			if (this.mustCancel) {
				// Cancelled right before the body returned.
				this.mustCancel = false;
				markCancelled(this.cancelMessage);
				tracer.emit(TraceKind.TASK_CANCELLED, this, null, -1, null);
			}
			else {
				finish(this.bodyValue, null);
				tracer.emit(TraceKind.TASK_FINISHED, this, null, -1, null);
			}
		}
		else if (this.bodyError instanceof CancelledError cancelled) {
			this.cancelledExc = cancelled;
			markCancelled(null);
			tracer.emit(TraceKind.TASK_CANCELLED, this, null, -1, null);
		}
		else {
			finish(null, this.bodyError);
			tracer.emit(TraceKind.TASK_FAILED, this, null, -1, this.bodyError.getClass().getSimpleName());
		}
		this.bodyValue = null;
	}

	private void suspended() {
		Future<?> awaited = this.yieldedTo;
		this.yieldedTo = null;
		if (awaited == null) {
			// A bare yield (sleep(0)): run again on the next iteration.
			this.loop.tracer.emit(TraceKind.TASK_SUSPENDED, this, WaitKind.YIELD, -1, null);
			this.loop.callSoon(this.stepNow, this.context);
			return;
		}
		if (this.loop.tracer.on) {
			this.loop.tracer.emit(TraceKind.TASK_SUSPENDED, this, awaited.waitKind, -1,
					(awaited instanceof Task<?> other) ? other.getName() : null);
		}
		@SuppressWarnings("unchecked")
		Future<Object> target = (Future<Object>) awaited;
		target.addDoneCallback(this.wakeup, this.context);
		this.futWaiter = awaited;
		if (this.mustCancel && awaited.cancel(this.cancelMessage)) {
			this.mustCancel = false;
		}
	}

	/** Body side: waits until the future is done; throws what the loop throws in. */
	void suspendOn(Future<?> future) {
		this.yieldedTo = future;
		pause();
	}

	/** Body side: gives up the loop for one iteration ({@code sleep(0)}). */
	void yieldOnce() {
		this.yieldedTo = null;
		pause();
	}

	private void pause() {
		Fiber.suspend();
		Throwable failure = this.resumeWith;
		if (failure != null) {
			this.resumeWith = null;
			throw Sneaky.raise(failure);
		}
	}

	String describePending() {
		return "<Task pending name='" + this.name + "' id=" + this.id + ">";
	}

	@Override
	public String toString() {
		return "<Task " + stateName() + " name='" + this.name + "' id=" + this.id + ">";
	}

}
