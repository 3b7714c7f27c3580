package dev.looplab.aio;

import java.util.ArrayDeque;
import java.util.LinkedList;

/**
 * Mirrors {@code asyncio.Queue}: FIFO, optionally bounded. {@link #put} waits while full
 * and {@link #get} while empty; each wakes the longest-waiting opposite party, which then
 * re-checks (a task that did not wait may get there first, as in asyncio).
 *
 * @param <T> the items' type
 */
public class Queue<T> {

	private final int maxsize;

	// A LinkedList, not an ArrayDeque: Python programs put None (null) to say "no more".
	private final LinkedList<T> items = new LinkedList<>();

	private final ArrayDeque<Future<Object>> getters = new ArrayDeque<>();

	private final ArrayDeque<Future<Object>> putters = new ArrayDeque<>();

	private final Event finished = new Event();

	private int unfinishedTasks;

	/** Mirrors {@code asyncio.Queue()}: unbounded. */
	public Queue() {
		this(0);
	}

	/**
	 * Mirrors {@code asyncio.Queue(maxsize)}.
	 * @param maxsize the most items it holds; 0 or less for no bound
	 */
	public Queue(int maxsize) {
		this.maxsize = maxsize;
		this.finished.set();
	}

	/** Mirrors {@code Queue.maxsize}. */
	public int maxsize() {
		return this.maxsize;
	}

	/** Mirrors {@code Queue.qsize()}. */
	public int qsize() {
		return size();
	}

	/** Mirrors {@code Queue.empty()}. */
	public boolean empty() {
		return size() == 0;
	}

	/** Mirrors {@code Queue.full()}. */
	public boolean full() {
		return this.maxsize > 0 && size() >= this.maxsize;
	}

	/** Mirrors {@code Queue._put}: stores an item (FIFO here). */
	void putItem(T item) {
		this.items.addLast(item);
	}

	/** Mirrors {@code Queue._get}: takes the next item (FIFO here). */
	T getItem() {
		return this.items.pollFirst();
	}

	int size() {
		return this.items.size();
	}

	/**
	 * Mirrors {@code await queue.put(item)}.
	 * @param item the item
	 */
	public void put(T item) {
		while (full()) {
			Future<Object> putter = new Future<>(EventLoop.require("Queue.put"), WaitKind.QUEUE);
			this.putters.addLast(putter);
			try {
				putter.await();
			}
			catch (RuntimeException | Error ex) {
				putter.cancel();
				this.putters.remove(putter);
				if (!full() && !putter.cancelled()) {
					wakeupNext(this.putters);
				}
				throw ex;
			}
		}
		putNowait(item);
	}

	/**
	 * Mirrors {@code Queue.put_nowait(item)}.
	 * @param item the item
	 * @throws QueueFull if full
	 */
	public void putNowait(T item) {
		if (full()) {
			throw new QueueFull();
		}
		putItem(item);
		this.unfinishedTasks++;
		this.finished.clear();
		wakeupNext(this.getters);
	}

	/** Mirrors {@code await queue.get()}. */
	public T get() {
		while (empty()) {
			Future<Object> getter = new Future<>(EventLoop.require("Queue.get"), WaitKind.QUEUE);
			this.getters.addLast(getter);
			try {
				getter.await();
			}
			catch (RuntimeException | Error ex) {
				getter.cancel();
				this.getters.remove(getter);
				if (!empty() && !getter.cancelled()) {
					wakeupNext(this.getters);
				}
				throw ex;
			}
		}
		return getNowait();
	}

	/**
	 * Mirrors {@code Queue.get_nowait()}.
	 * @throws QueueEmpty if empty
	 */
	public T getNowait() {
		if (empty()) {
			throw new QueueEmpty();
		}
		T item = getItem();
		wakeupNext(this.putters);
		return item;
	}

	/** Mirrors {@code Queue.task_done()}. */
	public void taskDone() {
		if (this.unfinishedTasks <= 0) {
			throw new IllegalArgumentException("task_done() called too many times");
		}
		this.unfinishedTasks--;
		if (this.unfinishedTasks == 0) {
			this.finished.set();
		}
	}

	/** Mirrors {@code await queue.join()}: waits until every item put was marked done. */
	public void join() {
		if (this.unfinishedTasks > 0) {
			this.finished.await();
		}
	}

	private static void wakeupNext(ArrayDeque<Future<Object>> waiters) {
		while (!waiters.isEmpty()) {
			Future<Object> waiter = waiters.pollFirst();
			if (!waiter.done()) {
				waiter.setResult(null);
				break;
			}
		}
	}

}
