package dev.looplab.aio;

import java.util.function.Consumer;

/**
 * Mirrors {@code asyncio.Handle}: a callback queued on the loop, run in the context that
 * was current when it was queued, unless cancelled first.
 */
public class Handle {

	private Runnable callback;

	// A done callback and its future, kept apart so that queueing one allocates no
	// lambda.
	private Consumer<Object> consumer;

	private Object argument;

	final Context context;

	private boolean cancelled;

	Handle(Runnable callback, Context context) {
		this.callback = callback;
		this.context = context;
	}

	@SuppressWarnings("unchecked")
	Handle(Consumer<?> consumer, Object argument, Context context) {
		this.consumer = (Consumer<Object>) consumer;
		this.argument = argument;
		this.context = context;
	}

	/** Mirrors {@code Handle.cancel()}: the callback will not run. */
	public void cancel() {
		this.cancelled = true;
		this.callback = null;
		this.consumer = null;
		this.argument = null;
	}

	/** Mirrors {@code Handle.cancelled()}. */
	public boolean cancelled() {
		return this.cancelled;
	}

	void run() {
		Context previous = this.context.enter();
		try {
			if (this.consumer != null) {
				this.consumer.accept(this.argument);
			}
			else {
				this.callback.run();
			}
		}
		finally {
			Context.restore(previous);
		}
	}

}
