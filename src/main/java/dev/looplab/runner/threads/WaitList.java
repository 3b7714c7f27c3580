package dev.looplab.runner.threads;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Scheduled threads waiting for one thing that is neither a monitor nor a thread: a task
 * for a pool's idle worker, a future's result, a pool's termination. The words say what,
 * for the timeline and a deadlock's message. Used with the scheduler's lock held.
 */
final class WaitList {

	final List<Strand> waiting = new ArrayList<>();

	/**
	 * What the threads wait for, in words: "a task from pool-1"; asked when needed, as it
	 * may change ("the lock held by worker-2").
	 */
	private final Supplier<String> words;

	WaitList(String words) {
		this(() -> words);
	}

	WaitList(Supplier<String> words) {
		this.words = words;
	}

	String words() {
		return this.words.get();
	}

	/**
	 * Blocks the thread until {@link #wakeAll}, the timeout (virtual nanos, 0: none) or
	 * an interrupt; the caller checks its condition again.
	 */
	void await(ThreadScheduler scheduler, Strand strand, long nanos, String waitingOn) throws InterruptedException {
		if (Thread.interrupted()) {
			throw new InterruptedException();
		}
		this.waiting.add(strand);
		if (nanos > 0) {
			scheduler.timers.arm(strand, scheduler.now() + nanos);
		}
		scheduler.block(strand, StrandState.WAITING, this, waitingOn);
		if (Thread.interrupted()) {
			throw new InterruptedException();
		}
	}

	void wakeFirst(ThreadScheduler scheduler) {
		if (!this.waiting.isEmpty()) {
			scheduler.makeReady(this.waiting.getFirst());
		}
	}

	void wakeAll(ThreadScheduler scheduler) {
		List.copyOf(this.waiting).forEach(scheduler::makeReady);
		// Threads outside the scheduler wait on the lock's condition.
		scheduler.outsiders.signalAll();
	}

}
