package dev.looplab.aio;

/**
 * Mirrors {@code asyncio.Handle}: a callback queued on the loop, run in the context that
 * was current when it was queued, unless cancelled first.
 */
public class Handle {

	private Runnable callback;

	final Context context;

	private boolean cancelled;

	Handle(Runnable callback, Context context) {
		this.callback = callback;
		this.context = context;
	}

	/** Mirrors {@code Handle.cancel()}: the callback will not run. */
	public void cancel() {
		this.cancelled = true;
		this.callback = null;
	}

	/** Mirrors {@code Handle.cancelled()}. */
	public boolean cancelled() {
		return this.cancelled;
	}

	void run() {
		Context previous = this.context.enter();
		try {
			this.callback.run();
		}
		finally {
			Context.restore(previous);
		}
	}

}
