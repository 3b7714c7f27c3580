package dev.looplab.aio;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Mirrors {@code asyncio.Future}: a result that will exist later. It is pending, then
 * either finished (with a result or an exception) or cancelled. Done callbacks are never
 * called inline: completing a future queues them on the loop ({@code call_soon}), which
 * is why an awaiting task resumes one iteration after the future completes.
 *
 * @param <T> the result's type
 */
public class Future<T> implements Awaitable<T> {

	private enum State {

		PENDING, CANCELLED, FINISHED

	}

	final EventLoop loop;

	final WaitKind waitKind;

	private State state = State.PENDING;

	private T result;

	private Throwable exception;

	String cancelMessage;

	private Consumer<?> firstCallback;

	private Context firstContext;

	private List<DoneCallback> callbacks;

	Future(EventLoop loop, WaitKind waitKind) {
		this.loop = loop;
		this.waitKind = waitKind;
	}

	/** Mirrors {@code Future.done()}. */
	public boolean done() {
		return this.state != State.PENDING;
	}

	/** Mirrors {@code Future.cancelled()}. */
	public boolean cancelled() {
		return this.state == State.CANCELLED;
	}

	/**
	 * Mirrors {@code Future.result()}: the result, or the exception thrown as it is.
	 * @throws CancelledError if cancelled
	 * @throws InvalidStateError if still pending
	 */
	public T result() {
		if (this.state == State.CANCELLED) {
			throw makeCancelledError();
		}
		if (this.state == State.PENDING) {
			throw new InvalidStateError("Result is not set.");
		}
		if (this.exception != null) {
			throw Sneaky.raise(this.exception);
		}
		return this.result;
	}

	/**
	 * Mirrors {@code Future.exception()}: the exception, or {@code null} after a result.
	 * @throws CancelledError if cancelled
	 * @throws InvalidStateError if still pending
	 */
	public Throwable exception() {
		if (this.state == State.CANCELLED) {
			throw makeCancelledError();
		}
		if (this.state == State.PENDING) {
			throw new InvalidStateError("Exception is not set.");
		}
		return this.exception;
	}

	/** Mirrors {@code Future.cancel()}. */
	public boolean cancel() {
		return cancel(null);
	}

	/**
	 * Mirrors {@code Future.cancel(msg)}: cancels if pending and queues the callbacks.
	 * @param message carried by the {@link CancelledError}, or {@code null}
	 * @return whether it was pending
	 */
	public boolean cancel(String message) {
		return markCancelled(message);
	}

	final boolean markCancelled(String message) {
		if (this.state != State.PENDING) {
			return false;
		}
		this.state = State.CANCELLED;
		this.cancelMessage = message;
		scheduleCallbacks();
		return true;
	}

	/**
	 * Mirrors {@code Future.set_result(result)}.
	 * @param value the result
	 */
	public void setResult(T value) {
		finish(value, null);
	}

	/**
	 * Mirrors {@code Future.set_exception(exception)}.
	 * @param failure the exception
	 */
	public void setException(Throwable failure) {
		finish(null, failure);
	}

	final void finish(T value, Throwable failure) {
		if (this.state != State.PENDING) {
			throw new InvalidStateError("invalid state: " + this.state);
		}
		this.result = value;
		this.exception = failure;
		this.state = State.FINISHED;
		scheduleCallbacks();
	}

	CancelledError makeCancelledError() {
		return new CancelledError(this.cancelMessage);
	}

	/**
	 * Mirrors {@code Future.add_done_callback(fn)}: called on a later iteration once done
	 * (on the next one if already done), in the context current now.
	 * @param callback receives this future
	 */
	public void addDoneCallback(Consumer<? super Future<T>> callback) {
		addDoneCallback(callback, Context.copyCurrent());
	}

	void addDoneCallback(Consumer<? super Future<T>> callback, Context context) {
		if (this.state != State.PENDING) {
			this.loop.callSoon(callback, this, context);
			return;
		}
		if (this.firstCallback == null && this.callbacks == null) {
			// Most futures have one waiter: no list for them.
			this.firstCallback = callback;
			this.firstContext = context;
			return;
		}
		if (this.callbacks == null) {
			this.callbacks = new ArrayList<>(4);
		}
		if (this.firstCallback != null) {
			this.callbacks.add(new DoneCallback(this.firstCallback, this.firstContext));
			this.firstCallback = null;
			this.firstContext = null;
		}
		this.callbacks.add(new DoneCallback(callback, context));
	}

	/**
	 * Mirrors {@code Future.remove_done_callback(fn)}.
	 * @param callback the callback, as passed to {@link #addDoneCallback}
	 * @return how many were removed
	 */
	public int removeDoneCallback(Consumer<? super Future<T>> callback) {
		if (this.firstCallback != null) {
			if (this.firstCallback != callback) {
				return 0;
			}
			this.firstCallback = null;
			this.firstContext = null;
			return 1;
		}
		if (this.callbacks == null) {
			return 0;
		}
		int before = this.callbacks.size();
		this.callbacks.removeIf((entry) -> entry.callback == callback);
		return before - this.callbacks.size();
	}

	private void scheduleCallbacks() {
		if (this.firstCallback != null) {
			Consumer<?> callback = this.firstCallback;
			Context context = this.firstContext;
			this.firstCallback = null;
			this.firstContext = null;
			this.loop.callSoon(callback, this, context);
			return;
		}
		List<DoneCallback> pending = this.callbacks;
		if (pending == null) {
			return;
		}
		this.callbacks = null;
		for (DoneCallback entry : pending) {
			this.loop.callSoon(entry.callback, this, entry.context);
		}
	}

	/**
	 * Mirrors {@code await future}: suspends the calling task until this future is done,
	 * then returns its result or throws its exception.
	 * @throws CancelledError if this future or the awaiting task is cancelled
	 */
	@Override
	public T await() {
		if (this.state == State.PENDING) {
			Task<?> task = EventLoop.requireTask("await");
			if (task == this) {
				throw new IllegalStateException("Task cannot await on itself: " + this);
			}
			task.suspendOn(this);
		}
		return result();
	}

	@Override
	public String toString() {
		return "<Future " + this.state.name().toLowerCase() + ">";
	}

	String stateName() {
		return this.state.name().toLowerCase();
	}

	private record DoneCallback(Consumer<?> callback, Context context) {
	}

}
