package dev.looplab.aio;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code asyncio.gather}: an outer future over children. Without {@code returnExceptions}
 * the first failure or cancellation of a child completes the outer future, while the
 * other children keep running; cancelling the outer future cancels the children.
 */
final class Gather extends Future<List<Object>> {

	private final List<Future<?>> children = new ArrayList<>();

	private final boolean returnExceptions;

	private boolean cancelRequested;

	private int total;

	private int finished;

	private Gather(EventLoop loop, boolean returnExceptions) {
		super(loop, WaitKind.GATHER);
		this.returnExceptions = returnExceptions;
	}

	static Future<List<Object>> of(EventLoop loop, List<? extends Future<?>> arguments, boolean returnExceptions) {
		Gather outer = new Gather(loop, returnExceptions);
		if (arguments.isEmpty()) {
			outer.finish(List.of(), null);
			return outer;
		}
		Map<Future<?>, Boolean> seen = new IdentityHashMap<>();
		Consumer<Future<?>> onChildDone = outer::childDone;
		for (Future<?> child : arguments) {
			if (seen.put(child, Boolean.TRUE) == null) {
				outer.total++;
				@SuppressWarnings("unchecked")
				Future<Object> typed = (Future<Object>) child;
				typed.addDoneCallback(onChildDone);
			}
			outer.children.add(child);
		}
		return outer;
	}

	/** Mirrors {@code _GatheringFuture.cancel}: cancels the children instead. */
	@Override
	public boolean cancel(String message) {
		if (done()) {
			return false;
		}
		boolean any = false;
		for (Future<?> child : this.children) {
			if (child.cancel(message)) {
				any = true;
			}
		}
		if (any) {
			this.cancelRequested = true;
		}
		return any;
	}

	private void childDone(Future<?> child) {
		this.finished++;
		if (done()) {
			return;
		}
		if (!this.returnExceptions) {
			if (child.cancelled()) {
				finish(null, child.makeCancelledError());
				return;
			}
			Throwable failure = child.exception();
			if (failure != null) {
				finish(null, failure);
				return;
			}
		}
		if (this.finished == this.total) {
			List<Object> results = new ArrayList<>(this.children.size());
			for (Future<?> each : this.children) {
				if (each.cancelled()) {
					results.add(new CancelledError((each.cancelMessage == null) ? "" : each.cancelMessage));
				}
				else {
					Throwable failure = each.exception();
					results.add((failure != null) ? failure : each.result());
				}
			}
			if (this.cancelRequested) {
				// Cancelling the gather wins over return_exceptions (CPython takes the
				// error of the last child here, the loop variable it leaves behind).
				finish(null, this.children.getLast().makeCancelledError());
			}
			else {
				finish(results, null);
			}
		}
	}

}
