package dev.looplab.aio;

import java.util.LinkedList;

/**
 * Mirrors {@code asyncio.LifoQueue}: the last item put is the first one got.
 *
 * @param <T> the items' type
 */
public class LifoQueue<T> extends Queue<T> {

	private final LinkedList<T> stack = new LinkedList<>();

	/** Mirrors {@code asyncio.LifoQueue()}: unbounded. */
	public LifoQueue() {
		this(0);
	}

	/**
	 * Mirrors {@code asyncio.LifoQueue(maxsize)}.
	 * @param maxsize the most items it holds; 0 or less for no bound
	 */
	public LifoQueue(int maxsize) {
		super(maxsize);
	}

	@Override
	void putItem(T item) {
		this.stack.push(item);
	}

	@Override
	T getItem() {
		return this.stack.pop();
	}

	@Override
	int size() {
		return this.stack.size();
	}

}
