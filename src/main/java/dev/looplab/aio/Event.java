package dev.looplab.aio;

import java.util.ArrayDeque;

/**
 * Mirrors {@code asyncio.Event}: {@link #set()} wakes every waiter, in the order they
 * began to wait.
 */
public final class Event {

	private final ArrayDeque<Future<Object>> waiters = new ArrayDeque<>();

	private boolean value;

	/** Mirrors {@code asyncio.Event()}. */
	public Event() {
	}

	/** Mirrors {@code Event.is_set()}. */
	public boolean isSet() {
		return this.value;
	}

	/** Mirrors {@code Event.set()}. */
	public void set() {
		if (!this.value) {
			this.value = true;
			for (Future<Object> waiter : this.waiters) {
				if (!waiter.done()) {
					waiter.setResult(Boolean.TRUE);
				}
			}
		}
	}

	/** Mirrors {@code Event.clear()}. */
	public void clear() {
		this.value = false;
	}

	/**
	 * Mirrors {@code await event.wait()} ({@code wait} is taken by {@code Object}).
	 * @return true
	 */
	public boolean await() {
		if (this.value) {
			return true;
		}
		Future<Object> waiter = new Future<>(EventLoop.require("Event.await"), WaitKind.EVENT);
		this.waiters.addLast(waiter);
		try {
			waiter.await();
			return true;
		}
		finally {
			this.waiters.remove(waiter);
		}
	}

}
