package dev.looplab.runner.threads;

import java.util.Collection;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * What a learner's {@code new LinkedBlockingQueue} makes on the virtual clock: the JDK's
 * queue, whose blocking methods wait on the scheduler (see {@link QueueWaits}) instead of
 * parking where the scheduler cannot see them.
 */
public class ScheduledLinkedBlockingQueue<E> extends LinkedBlockingQueue<E> {

	private final transient QueueWaits waits = new QueueWaits();

	public ScheduledLinkedBlockingQueue() {
	}

	public ScheduledLinkedBlockingQueue(int capacity) {
		super(capacity);
	}

	public ScheduledLinkedBlockingQueue(Collection<? extends E> elements) {
		super(elements);
	}

	@Override
	public void put(E element) throws InterruptedException {
		this.waits.put(element, () -> super.offer(element), () -> {
			super.put(element);
			return null;
		});
	}

	@Override
	public boolean offer(E element, long timeout, TimeUnit unit) throws InterruptedException {
		return this.waits.offer(element, () -> super.offer(element), timeout, unit,
				() -> super.offer(element, timeout, unit));
	}

	@Override
	public boolean offer(E element) {
		return this.waits.changed(super.offer(element));
	}

	@Override
	public E take() throws InterruptedException {
		return this.waits.take(super::poll, super::take);
	}

	@Override
	public E poll(long timeout, TimeUnit unit) throws InterruptedException {
		return this.waits.poll(super::poll, timeout, unit, () -> super.poll(timeout, unit));
	}

	@Override
	public E poll() {
		return this.waits.changed(super.poll());
	}

	@Override
	public boolean remove(Object element) {
		return this.waits.changed(super.remove(element));
	}

	@Override
	public void clear() {
		super.clear();
		this.waits.changed(null);
	}

	@Override
	public int drainTo(Collection<? super E> into, int most) {
		return this.waits.changed(super.drainTo(into, most));
	}

	@Override
	public int drainTo(Collection<? super E> into) {
		return drainTo(into, Integer.MAX_VALUE);
	}

}
