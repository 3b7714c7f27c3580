package dev.looplab.runner.threads;

import java.util.Collection;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;

/**
 * What a learner's {@code new LinkedBlockingDeque} makes on the virtual clock: the JDK's
 * deque, whose blocking methods at either end wait on the scheduler (see
 * {@link QueueWaits}). The JDK's {@code put}, {@code take}, {@code push}, {@code pop} and
 * the rest go through the methods overridden here.
 */
public class ScheduledLinkedBlockingDeque<E> extends LinkedBlockingDeque<E> {

	/** Made when first used: the JDK's constructors may add before fields are set. */
	private transient QueueWaits waits;

	public ScheduledLinkedBlockingDeque() {
	}

	public ScheduledLinkedBlockingDeque(int capacity) {
		super(capacity);
	}

	public ScheduledLinkedBlockingDeque(Collection<? extends E> elements) {
		super(elements);
	}

	@Override
	public void putFirst(E element) throws InterruptedException {
		waits().put(element, () -> super.offerFirst(element), () -> {
			super.putFirst(element);
			return null;
		});
	}

	@Override
	public void putLast(E element) throws InterruptedException {
		waits().put(element, () -> super.offerLast(element), () -> {
			super.putLast(element);
			return null;
		});
	}

	@Override
	public boolean offerFirst(E element, long timeout, TimeUnit unit) throws InterruptedException {
		return waits().offer(element, () -> super.offerFirst(element), timeout, unit,
				() -> super.offerFirst(element, timeout, unit));
	}

	@Override
	public boolean offerLast(E element, long timeout, TimeUnit unit) throws InterruptedException {
		return waits().offer(element, () -> super.offerLast(element), timeout, unit,
				() -> super.offerLast(element, timeout, unit));
	}

	@Override
	public E takeFirst() throws InterruptedException {
		return waits().take(super::pollFirst, super::takeFirst);
	}

	@Override
	public E takeLast() throws InterruptedException {
		return waits().take(super::pollLast, super::takeLast);
	}

	@Override
	public E pollFirst(long timeout, TimeUnit unit) throws InterruptedException {
		return waits().poll(super::pollFirst, timeout, unit, () -> super.pollFirst(timeout, unit));
	}

	@Override
	public E pollLast(long timeout, TimeUnit unit) throws InterruptedException {
		return waits().poll(super::pollLast, timeout, unit, () -> super.pollLast(timeout, unit));
	}

	@Override
	public boolean offerFirst(E element) {
		return waits().changed(super.offerFirst(element));
	}

	@Override
	public boolean offerLast(E element) {
		return waits().changed(super.offerLast(element));
	}

	@Override
	public E pollFirst() {
		return waits().changed(super.pollFirst());
	}

	@Override
	public E pollLast() {
		return waits().changed(super.pollLast());
	}

	@Override
	public boolean removeFirstOccurrence(Object element) {
		return waits().changed(super.removeFirstOccurrence(element));
	}

	@Override
	public boolean removeLastOccurrence(Object element) {
		return waits().changed(super.removeLastOccurrence(element));
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

	private QueueWaits waits() {
		if (this.waits == null) {
			this.waits = new QueueWaits();
		}
		return this.waits;
	}

}
