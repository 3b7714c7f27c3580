package dev.looplab.aio;

import java.util.ArrayDeque;

/**
 * Mirrors {@code asyncio.Semaphore} (3.11.7): a release hands its unit to the first
 * waiter that is not done, and nobody may overtake waiters that are queued.
 */
public class Semaphore {

	private final ArrayDeque<Future<Object>> waiters = new ArrayDeque<>();

	int value;

	/** Mirrors {@code asyncio.Semaphore()}: value 1. */
	public Semaphore() {
		this(1);
	}

	/**
	 * Mirrors {@code asyncio.Semaphore(value)}.
	 * @param value the initial count, at least 0
	 */
	public Semaphore(int value) {
		if (value < 0) {
			throw new IllegalArgumentException("Semaphore initial value must be >= 0");
		}
		this.value = value;
	}

	/** Mirrors {@code Semaphore.locked()}: whether acquire would wait. */
	public boolean locked() {
		if (this.value == 0) {
			return true;
		}
		for (Future<Object> waiter : this.waiters) {
			if (!waiter.cancelled()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Mirrors {@code await semaphore.acquire()}.
	 * @return true
	 */
	public boolean acquire() {
		if (!locked()) {
			this.value--;
			return true;
		}
		Future<Object> waiter = new Future<>(EventLoop.require("Semaphore.acquire"), WaitKind.SEMAPHORE);
		this.waiters.addLast(waiter);
		try {
			try {
				waiter.await();
			}
			finally {
				this.waiters.remove(waiter);
			}
		}
		catch (CancelledError cancelled) {
			if (!waiter.cancelled()) {
				this.value++;
				wakeUpNext();
			}
			throw cancelled;
		}
		if (this.value > 0) {
			wakeUpNext();
		}
		return true;
	}

	/** Mirrors {@code async with semaphore:}. */
	public Held hold() {
		acquire();
		return this::release;
	}

	/** Mirrors {@code Semaphore.release()}. */
	public void release() {
		this.value++;
		wakeUpNext();
	}

	private void wakeUpNext() {
		for (Future<Object> waiter : this.waiters) {
			if (!waiter.done()) {
				this.value--;
				waiter.setResult(Boolean.TRUE);
				return;
			}
		}
	}

}
