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
		ThreadScheduler scheduler = QueueWaits.scheduler();
		if (scheduler == null) {
			super.put(element);
			return;
		}
		nonNull(element);
		this.waits.offer(scheduler, () -> super.offer(element), SchedulerWait.FOREVER);
	}

	@Override
	public boolean offer(E element, long timeout, TimeUnit unit) throws InterruptedException {
		ThreadScheduler scheduler = QueueWaits.scheduler();
		if (scheduler == null) {
			return super.offer(element, timeout, unit);
		}
		nonNull(element);
		return this.waits.offer(scheduler, () -> super.offer(element), QueueWaits.nanos(timeout, unit));
	}

	@Override
	public boolean offer(E element) {
		boolean added = super.offer(element);
		changed();
		return added;
	}

	@Override
	public E take() throws InterruptedException {
		ThreadScheduler scheduler = QueueWaits.scheduler();
		return (scheduler != null) ? this.waits.poll(scheduler, super::poll, SchedulerWait.FOREVER) : super.take();
	}

	@Override
	public E poll(long timeout, TimeUnit unit) throws InterruptedException {
		ThreadScheduler scheduler = QueueWaits.scheduler();
		return (scheduler != null) ? this.waits.poll(scheduler, super::poll, QueueWaits.nanos(timeout, unit))
				: super.poll(timeout, unit);
	}

	@Override
	public E poll() {
		E element = super.poll();
		changed();
		return element;
	}

	@Override
	public boolean remove(Object element) {
		boolean removed = super.remove(element);
		changed();
		return removed;
	}

	@Override
	public void clear() {
		super.clear();
		changed();
	}

	@Override
	public int drainTo(Collection<? super E> into, int most) {
		int drained = super.drainTo(into, most);
		changed();
		return drained;
	}

	@Override
	public int drainTo(Collection<? super E> into) {
		return drainTo(into, Integer.MAX_VALUE);
	}

	private void changed() {
		ThreadScheduler scheduler = QueueWaits.scheduler();
		if (scheduler != null && this.waits != null) {
			this.waits.changed(scheduler);
		}
	}

	static void nonNull(Object element) {
		if (element == null) {
			throw new NullPointerException();
		}
	}

}
