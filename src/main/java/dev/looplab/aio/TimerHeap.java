package dev.looplab.aio;

import java.util.ArrayList;

/**
 * The loop's timers as CPython keeps them: a list run by {@code heapq}'s own push, pop
 * and heapify, step for step. {@code java.util.PriorityQueue} would give the same first
 * element for distinct keys, but it sifts differently, so timers that compare equal (the
 * same {@code when}, see {@link TimerHandle#precedes}) would leave it in another order
 * than CPython's. Copying the algorithm makes that order, arming order it is not, the
 * same as CPython's.
 */
final class TimerHeap {

	private final ArrayList<TimerHandle> heap = new ArrayList<>();

	int size() {
		return this.heap.size();
	}

	boolean isEmpty() {
		return this.heap.isEmpty();
	}

	TimerHandle peek() {
		return this.heap.get(0);
	}

	/** {@code heapq.heappush}. */
	void push(TimerHandle timer) {
		this.heap.add(timer);
		siftDown(0, this.heap.size() - 1);
	}

	/** {@code heapq.heappop}. */
	TimerHandle pop() {
		TimerHandle last = this.heap.removeLast();
		if (this.heap.isEmpty()) {
			return last;
		}
		TimerHandle first = this.heap.get(0);
		this.heap.set(0, last);
		siftUp(0);
		return first;
	}

	/**
	 * What {@code _run_once} does when too many timers are cancelled: keep the live ones
	 * in their list order, then {@code heapq.heapify} them.
	 */
	void dropCancelled() {
		this.heap.removeIf(TimerHandle::cancelled);
		for (int i = this.heap.size() / 2 - 1; i >= 0; i--) {
			siftUp(i);
		}
	}

	/** {@code heapq._siftdown}: moves the item at pos up towards startPos. */
	private void siftDown(int startPos, int pos) {
		TimerHandle item = this.heap.get(pos);
		while (pos > startPos) {
			int parentPos = (pos - 1) >> 1;
			TimerHandle parent = this.heap.get(parentPos);
			if (!item.precedes(parent)) {
				break;
			}
			this.heap.set(pos, parent);
			pos = parentPos;
		}
		this.heap.set(pos, item);
	}

	/**
	 * {@code heapq._siftup}: moves the smaller child up all the way to a leaf (the right
	 * one when the children are equal), then sifts the item back down from there.
	 */
	private void siftUp(int pos) {
		int end = this.heap.size();
		int startPos = pos;
		TimerHandle item = this.heap.get(pos);
		int child = 2 * pos + 1;
		while (child < end) {
			int right = child + 1;
			if (right < end && !this.heap.get(child).precedes(this.heap.get(right))) {
				child = right;
			}
			this.heap.set(pos, this.heap.get(child));
			pos = child;
			child = 2 * pos + 1;
		}
		this.heap.set(pos, item);
		siftDown(startPos, pos);
	}

}
