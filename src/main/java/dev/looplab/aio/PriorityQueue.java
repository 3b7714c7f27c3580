package dev.looplab.aio;

import java.util.Comparator;

/**
 * Mirrors {@code asyncio.PriorityQueue}: the smallest item is got first (natural order,
 * or the given comparator; Python programs put {@code (priority, item)} tuples, a record
 * with a comparator does the same here).
 *
 * @param <T> the items' type
 */
public class PriorityQueue<T> extends Queue<T> {

	private final java.util.PriorityQueue<T> heap;

	/** Mirrors {@code asyncio.PriorityQueue()}: unbounded, natural order. */
	public PriorityQueue() {
		this(0, null);
	}

	/**
	 * Mirrors {@code asyncio.PriorityQueue(maxsize)} with an order.
	 * @param maxsize the most items it holds; 0 or less for no bound
	 * @param order how to compare items, or {@code null} for their natural order
	 */
	public PriorityQueue(int maxsize, Comparator<? super T> order) {
		super(maxsize);
		this.heap = new java.util.PriorityQueue<>(order);
	}

	@Override
	void putItem(T item) {
		this.heap.add(item);
	}

	@Override
	T getItem() {
		return this.heap.poll();
	}

	@Override
	int size() {
		return this.heap.size();
	}

}
