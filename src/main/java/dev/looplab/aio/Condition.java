package dev.looplab.aio;

import java.util.ArrayDeque;
import java.util.function.BooleanSupplier;

/**
 * Mirrors {@code asyncio.Condition}: waiters release the lock, queue in FIFO order, and
 * take the lock back (through its own queue) after a notify.
 */
public final class Condition {

	private final Lock lock;

	private final ArrayDeque<Future<Object>> waiters = new ArrayDeque<>();

	/** Mirrors {@code asyncio.Condition()}: with a new lock. */
	public Condition() {
		this(new Lock());
	}

	/**
	 * Mirrors {@code asyncio.Condition(lock)}.
	 * @param lock the lock to use
	 */
	public Condition(Lock lock) {
		this.lock = lock;
	}

	/** Mirrors {@code Condition.locked()}. */
	public boolean locked() {
		return this.lock.locked();
	}

	/** Mirrors {@code await condition.acquire()}. */
	public boolean acquire() {
		return this.lock.acquire();
	}

	/** Mirrors {@code Condition.release()}. */
	public void release() {
		this.lock.release();
	}

	/** Mirrors {@code async with condition:}. */
	public Held hold() {
		return this.lock.hold();
	}

	/**
	 * Mirrors {@code await condition.wait()} ({@code wait} is taken by {@code Object}):
	 * releases the lock, waits for a notify, and re-acquires the lock even if cancelled.
	 * @return true
	 */
	public boolean await() {
		if (!locked()) {
			throw new IllegalStateException("cannot wait on un-acquired lock");
		}
		release();
		try {
			Future<Object> waiter = new Future<>(EventLoop.require("Condition.await"), WaitKind.CONDITION);
			this.waiters.addLast(waiter);
			try {
				waiter.await();
				return true;
			}
			finally {
				this.waiters.remove(waiter);
			}
		}
		finally {
			boolean cancelled = false;
			while (true) {
				try {
					acquire();
					break;
				}
				catch (CancelledError ex) {
					cancelled = true;
				}
			}
			if (cancelled) {
				throw new CancelledError();
			}
		}
	}

	/**
	 * Mirrors {@code await condition.wait_for(predicate)}.
	 * @param predicate checked before each wait
	 * @return true, once the predicate holds
	 */
	public boolean awaitFor(BooleanSupplier predicate) {
		boolean result = predicate.getAsBoolean();
		while (!result) {
			await();
			result = predicate.getAsBoolean();
		}
		return result;
	}

	/**
	 * Mirrors {@code Condition.notify(n)}: wakes up to n waiters, oldest first.
	 * @param n how many
	 */
	public void notify(int n) {
		if (!locked()) {
			throw new IllegalStateException("cannot notify on un-acquired lock");
		}
		int woken = 0;
		for (Future<Object> waiter : this.waiters) {
			if (woken >= n) {
				break;
			}
			if (!waiter.done()) {
				woken++;
				waiter.setResult(Boolean.FALSE);
			}
		}
	}

	/**
	 * Mirrors {@code Condition.notify()}: wakes one waiter ({@code notify()} is taken by
	 * {@code Object}).
	 */
	public void notifyOne() {
		notify(1);
	}

	/**
	 * Mirrors {@code Condition.notify_all()} ({@code notifyAll()} is taken by
	 * {@code Object}).
	 */
	public void notifyEvery() {
		notify(this.waiters.size());
	}

}
