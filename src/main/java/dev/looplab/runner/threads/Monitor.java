package dev.looplab.runner.threads;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;

/**
 * The scheduler's stand-in for the JVM monitor of one learner object, which the sandbox's
 * rewriting of {@code synchronized} and of {@code wait}/{@code notify} makes learner code
 * use instead. It lives in the {@link Monitors} table only while some thread holds it or
 * waits on it.
 */
final class Monitor {

	/** The object whose monitor this is: what {@code synchronized} names. */
	final Object target;

	/** Scheduled threads waiting to enter, first come first woken. */
	final ArrayDeque<Strand> entrants = new ArrayDeque<>();

	/** Threads in {@code wait()}, in the order they began to wait. */
	final ArrayDeque<Thread> waitSet = new ArrayDeque<>();

	/** Threads outside the scheduler that a notify picked and that have not seen it. */
	final Set<Thread> notifiedOutsiders = new HashSet<>();

	Thread owner;

	/** How many times the owner entered, for re-entrant {@code synchronized}. */
	int count;

	Monitor(Object target) {
		this.target = target;
	}

	boolean idle() {
		return this.owner == null && this.entrants.isEmpty() && this.waitSet.isEmpty();
	}

	/** "a Counter", for messages that say what a thread waits on. */
	String describeTarget() {
		String name = this.target.getClass().getSimpleName();
		if (name.isEmpty()) {
			name = this.target.getClass().getName();
		}
		boolean vowel = "AEIOUaeiou".indexOf(name.charAt(0)) >= 0;
		return (vowel ? "an " : "a ") + name;
	}

}
