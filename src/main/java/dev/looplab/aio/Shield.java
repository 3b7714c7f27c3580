package dev.looplab.aio;

import java.util.function.Consumer;

/**
 * {@code asyncio.shield}: an outer future that follows the inner one, so that cancelling
 * the awaiting task cancels only the outer future while the inner work goes on.
 */
final class Shield {

	private Shield() {
	}

	static <T> Future<T> of(EventLoop loop, Future<T> inner) {
		if (inner.done()) {
			return inner;
		}
		Future<T> outer = new Future<>(loop, WaitKind.SHIELD);
		Consumer<Future<T>> innerDone = (done) -> {
			if (outer.cancelled()) {
				return;
			}
			if (done.cancelled()) {
				outer.cancel();
			}
			else if (done.exception() != null) {
				outer.setException(done.exception());
			}
			else {
				outer.setResult(done.result());
			}
		};
		inner.addDoneCallback(innerDone);
		outer.addDoneCallback((done) -> {
			if (!inner.done()) {
				inner.removeDoneCallback(innerDone);
			}
		});
		return outer;
	}

}
