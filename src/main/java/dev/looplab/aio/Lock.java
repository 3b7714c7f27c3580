package dev.looplab.aio;

import java.util.ArrayDeque;

/**
 * Mirrors {@code asyncio.Lock}: waiters queue in FIFO order. A release does not hand the
 * lock over: it wakes the first waiter, which takes the lock when it runs, and meanwhile
 * no newcomer may jump the queue.
 */
public final class Lock {

	private final ArrayDeque<Future<Object>> waiters = new ArrayDeque<>();

	private boolean locked;

	/** Mirrors {@code asyncio.Lock()}. */
	public Lock() {
	}

	/** Mirrors {@code Lock.locked()}. */
	public boolean locked() {
		return this.locked;
	}

	/**
	 * Mirrors {@code await lock.acquire()}.
	 * @return true
	 */
	public boolean acquire() {
		if (!this.locked && allCancelled()) {
			this.locked = true;
			return true;
		}
		Future<Object> waiter = new Future<>(EventLoop.require("Lock.acquire"), WaitKind.LOCK);
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
			if (!this.locked) {
				wakeUpFirst();
			}
			throw cancelled;
		}
		this.locked = true;
		return true;
	}

	/** Mirrors {@code async with lock:}: acquires and returns what releases it. */
	public Held hold() {
		acquire();
		return this::release;
	}

	/** Mirrors {@code Lock.release()}. */
	public void release() {
		if (!this.locked) {
			throw new IllegalStateException("Lock is not acquired.");
		}
		this.locked = false;
		wakeUpFirst();
	}

	private boolean allCancelled() {
		for (Future<Object> waiter : this.waiters) {
			if (!waiter.cancelled()) {
				return false;
			}
		}
		return true;
	}

	private void wakeUpFirst() {
		Future<Object> first = this.waiters.peekFirst();
		if (first != null && !first.done()) {
			first.setResult(Boolean.TRUE);
		}
	}

}
