package dev.looplab.stream;

import java.time.Duration;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * The events of one run or grading, in order, held while it lasts and a while after. The
 * list only grows and never changes what it holds, so a reader keeps just its position in
 * it: publishing never waits for a reader, and a thousand readers of a finished run share
 * one list instead of copying it. Each event also has an approximate size in bytes, so
 * that a reader can tell how far behind the newest event it is.
 *
 * @param <E> the type of event
 */
public final class LiveEvents<E> {

	private final Predicate<E> last;

	private final ToIntFunction<E> bytesOf;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition grew = this.lock.newCondition();

	// Slots below size are never written again, so a reader that saw a size may read
	// them without the lock. Growing copies into new arrays, published before the size.
	private volatile Object[] items = new Object[16];

	/** {@code bytesBefore[i]}: the sizes of events 0 to i-1 added up. */
	private volatile long[] bytesBefore = new long[17];

	private volatile int size;

	private volatile boolean finished;

	/**
	 * @param last whether an event is the last one (after it the list is finished)
	 * @param bytesOf an event's approximate size when sent, in bytes
	 */
	public LiveEvents(Predicate<E> last, ToIntFunction<E> bytesOf) {
		this.last = last;
		this.bytesOf = bytesOf;
	}

	/** Adds an event and wakes the readers waiting for one; never waits for them. */
	public void publish(E event) {
		this.lock.lock();
		try {
			int index = this.size;
			if (index == this.items.length) {
				grow();
			}
			this.items[index] = event;
			this.bytesBefore[index + 1] = this.bytesBefore[index] + Math.max(0, this.bytesOf.applyAsInt(event));
			this.finished = this.last.test(event);
			this.size = index + 1;
			this.grew.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Marks the list finished without a last event (one rebuilt from a record that lacks
	 * it), so that readers stop waiting.
	 */
	public void finish() {
		this.lock.lock();
		try {
			this.finished = true;
			this.grew.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	private void grow() {
		Object[] biggerItems = new Object[this.items.length * 2];
		System.arraycopy(this.items, 0, biggerItems, 0, this.size);
		long[] biggerBytes = new long[biggerItems.length + 1];
		System.arraycopy(this.bytesBefore, 0, biggerBytes, 0, this.size + 1);
		this.items = biggerItems;
		this.bytesBefore = biggerBytes;
	}

	/** How many events there are so far. */
	public int size() {
		return this.size;
	}

	/** Whether the last event has been published. */
	public boolean isFinished() {
		return this.finished;
	}

	/**
	 * The events so far, as an unmodifiable list that shares this one's storage (no copy)
	 * and does not change when more events follow.
	 */
	public List<E> events() {
		int count = this.size;
		return new Prefix<>(this.items, count);
	}

	/** The event at an index below {@link #size()}. */
	@SuppressWarnings("unchecked")
	public E get(int index) {
		int count = this.size;
		if (index < 0 || index >= count) {
			throw new IndexOutOfBoundsException("Event " + index + " of " + count);
		}
		return (E) this.items[index];
	}

	/** The approximate size of the events from {@code from} to the newest, in bytes. */
	public long bytesFrom(int from) {
		int count = this.size;
		long[] sums = this.bytesBefore;
		return sums[count] - sums[Math.min(Math.max(from, 0), count)];
	}

	/**
	 * Waits until there is an event at {@code index}, the list is finished, or the time
	 * is up, whichever comes first.
	 * @return whether there is an event at {@code index}
	 */
	public boolean await(int index, Duration timeout) throws InterruptedException {
		if (index < this.size || this.finished) {
			return index < this.size;
		}
		long nanos = timeout.toNanos();
		this.lock.lock();
		try {
			while (index >= this.size && !this.finished && nanos > 0) {
				nanos = this.grew.awaitNanos(nanos);
			}
			return index < this.size;
		}
		finally {
			this.lock.unlock();
		}
	}

	/** The first {@code size} items of an array that only ever grows past them. */
	private static final class Prefix<E> extends AbstractList<E> implements RandomAccess {

		private final Object[] items;

		private final int size;

		Prefix(Object[] items, int size) {
			this.items = items;
			this.size = size;
		}

		@Override
		@SuppressWarnings("unchecked")
		public E get(int index) {
			if (index < 0 || index >= this.size) {
				throw new IndexOutOfBoundsException("Event " + index + " of " + this.size);
			}
			return (E) this.items[index];
		}

		@Override
		public int size() {
			return this.size;
		}

	}

}
