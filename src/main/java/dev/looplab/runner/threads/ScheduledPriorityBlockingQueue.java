package dev.looplab.runner.threads;

import java.util.Collection;
import java.util.Comparator;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * What a learner's {@code new PriorityBlockingQueue} makes on the virtual clock: the
 * JDK's unbounded priority queue, whose {@code take} and timed {@code poll} wait on the
 * scheduler (see {@link QueueWaits}). Adding never waits, as in the JDK.
 */
public class ScheduledPriorityBlockingQueue<E> extends PriorityBlockingQueue<E> {

	/** Made when first used: the JDK's constructors may add before fields are set. */
	private transient QueueWaits waits;

	public ScheduledPriorityBlockingQueue() {
	}

	public ScheduledPriorityBlockingQueue(int capacity) {
		super(capacity);
	}

	public ScheduledPriorityBlockingQueue(int capacity, Comparator<? super E> order) {
		super(capacity, order);
	}

	public ScheduledPriorityBlockingQueue(Collection<? extends E> elements) {
		super(elements);
	}

	@Override
	public boolean offer(E element) {
		return waits().changed(super.offer(element));
	}

	@Override
	public E take() throws InterruptedException {
		return waits().take(super::poll, super::take);
	}

	@Override
	public E poll(long timeout, TimeUnit unit) throws InterruptedException {
		return waits().poll(super::poll, timeout, unit, () -> super.poll(timeout, unit));
	}

	@Override
	public E poll() {
		return waits().changed(super.poll());
	}

	@Override
	public boolean remove(Object element) {
		return waits().changed(super.remove(element));
	}

	@Override
	public void clear() {
		super.clear();
		waits().changed(null);
	}

	@Override
	public int drainTo(Collection<? super E> into, int most) {
		return waits().changed(super.drainTo(into, most));
	}

	@Override
	public int drainTo(Collection<? super E> into) {
		return drainTo(into, Integer.MAX_VALUE);
	}

	private QueueWaits waits() {
		if (this.waits == null) {
			this.waits = new QueueWaits();
		}
		return this.waits;
	}

}
