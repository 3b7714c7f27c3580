package dev.looplab.runner.threads;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * One learner thread as the scheduler sees it. The thread runs only while it holds the
 * baton: otherwise it sleeps on its own permit, which the scheduler releases when it
 * picks the thread next.
 */
final class Strand {

	final Thread thread;

	/** 1 for main, then in start order: the thread's lane on the timeline. */
	final int number;

	final boolean daemon;

	/** Released once each time the scheduler gives this thread the baton. */
	final Semaphore baton = new Semaphore(0);

	/** The threads waiting in {@code join} for this one to finish. */
	final List<Strand> joiners = new ArrayList<>();

	StrandState state;

	/**
	 * What a blocked or waiting thread waits on: a {@link Monitor}, a {@link Strand}, a
	 * {@link WaitList}, or null.
	 */
	Object waitsOn;

	/**
	 * When a sleeping or timed waiting thread is due, in virtual nanos; -1 without a
	 * timer.
	 */
	long deadline = -1;

	/** Orders timers that fall due at the same time: first armed, first woken. */
	long timerSeq;

	boolean startedOnce;

	Strand(Thread thread, int number, boolean daemon, StrandState state) {
		this.thread = thread;
		this.number = number;
		this.daemon = daemon;
		this.state = state;
	}

	/**
	 * The thread's name; a virtual thread has none unless given one, so its lane number
	 * stands in.
	 */
	String name() {
		String name = this.thread.getName();
		return name.isEmpty() ? "unnamed-" + this.number : name;
	}

	boolean alive() {
		return this.state != StrandState.FINISHED;
	}

	/** Blocked on a lock, or waiting, or sleeping: not ready to run. */
	boolean stuck() {
		return this.state == StrandState.BLOCKED || this.state == StrandState.WAITING
				|| this.state == StrandState.SLEEPING;
	}

}
