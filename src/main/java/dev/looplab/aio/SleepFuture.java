package dev.looplab.aio;

/**
 * The future an {@code Aio.sleep} waits on, which is also its timer's callback
 * ({@code futures._set_result_unless_cancelled}): one object per sleep instead of two.
 */
final class SleepFuture extends Future<Object> implements Runnable {

	SleepFuture(EventLoop loop) {
		super(loop, WaitKind.TIMER);
	}

	@Override
	public void run() {
		if (!done()) {
			setResult(null);
		}
	}

}
