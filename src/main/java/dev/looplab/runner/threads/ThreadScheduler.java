package dev.looplab.runner.threads;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import dev.looplab.aio.VirtualClock;
import dev.looplab.runner.TraceRecord;

/**
 * The baton scheduler of a run on the virtual clock. Every learner thread is a real
 * thread, but exactly one of them holds the baton and runs; the others sleep on their own
 * permits. At each scheduling point (start, join, sleep, {@code synchronized},
 * {@code wait}/{@code notify}, yield) the holder hands the baton to the thread
 * {@link NextStrand} picks. When no thread is ready the virtual clock jumps to the next
 * timer; when none is pending either, the run is deadlocked. All state is guarded by one
 * lock, which a thread never holds while it runs learner code.
 */
public final class ThreadScheduler {

	/** How many of main's lines are kept for the timeline until a thread starts. */
	private static final int EARLY_LINES = 1000;

	private static volatile ThreadScheduler installed;

	final ReentrantLock lock = new ReentrantLock();

	/** Threads outside the scheduler (pools, the event loop's executors) wait on this. */
	final Condition outsiders = this.lock.newCondition();

	final Monitors monitors = new Monitors(this);

	final Timers timers = new Timers();

	/** CompletableFuture's default executor, once a program uses it. */
	ScheduledPool commonPool;

	private final Map<Thread, Strand> strands = new HashMap<>();

	private final List<Strand> ready = new ArrayList<>();

	private final NextStrand next;

	final ThreadTrace trace;

	private final VirtualClock clock;

	private final Consumer<String> onDeadlock;

	private final CountDownLatch over = new CountDownLatch(1);

	private final Strand main;

	private Strand running;

	/** The number of the last thread started: main is 1. */
	private int numbered = 1;

	/** Until a thread starts, nothing goes on the timeline: it is an ordinary program. */
	private boolean traced;

	/**
	 * main's output events from before the first thread started, at most
	 * {@link #EARLY_LINES}.
	 */
	private final List<TraceRecord> early = new ArrayList<>();

	/**
	 * Monitors held or waited on by threads outside the scheduler: while there are any,
	 * an outside thread may still wake a scheduled one, so nothing ready is no deadlock.
	 */
	int outsiderHolds;

	ThreadScheduler(NextStrand next, VirtualClock clock, Consumer<TraceRecord> trace, Consumer<String> onDeadlock) {
		this.next = next;
		this.clock = clock;
		this.trace = new ThreadTrace(trace, clock::nanos);
		this.onDeadlock = onDeadlock;
		this.main = new Strand(Thread.currentThread(), 1, false, StrandState.RUNNING);
		this.main.startedOnce = true;
		this.strands.put(this.main.thread, this.main);
		this.running = this.main;
	}

	/**
	 * Makes the calling thread the run's main thread and puts every thread it starts
	 * under the scheduler, from now on.
	 * @param seed the seed of a random order, or null for the fixed order
	 * @param clock the run's virtual clock
	 * @param trace where the thread events go
	 * @param onDeadlock ends the run with the message; it does not return
	 */
	public static ThreadScheduler install(Long seed, VirtualClock clock, Consumer<TraceRecord> trace,
			Consumer<String> onDeadlock) {
		ThreadScheduler scheduler = new ThreadScheduler((seed != null) ? NextStrand.seeded(seed) : NextStrand.inOrder(),
				clock, trace, onDeadlock);
		installed = scheduler;
		return scheduler;
	}

	/**
	 * Leaves threads to the JVM again: between two jobs of one sandbox JVM, and in tests,
	 * which install one scheduler each.
	 */
	public static void uninstall() {
		installed = null;
	}

	/**
	 * The installed scheduler, or null when the program's threads are left to the JVM.
	 */
	static ThreadScheduler installed() {
		return installed;
	}

	/**
	 * Puts a printed line on the lane of the scheduled thread printing it, once some
	 * thread has started (the line is only decoded then).
	 */
	public static void attributeOutput(byte[] line, int length) {
		ThreadScheduler scheduler = installed;
		Strand strand = (scheduler != null) ? scheduler.strandOf(Thread.currentThread()) : null;
		if (strand == null) {
			return;
		}
		String text = new String(line, 0, length, StandardCharsets.UTF_8);
		scheduler.lock.lock();
		try {
			if (scheduler.traced) {
				scheduler.trace.output(strand, text);
			}
			else if (scheduler.early.size() < EARLY_LINES) {
				// The replay pairs the k-th line with the k-th output event: keep main's
				// first lines in case a thread starts later.
				scheduler.early.add(scheduler.trace.outputNow(strand, text));
			}
		}
		finally {
			scheduler.lock.unlock();
		}
	}

	/**
	 * main returned or threw: ends main's turn and waits until every non-daemon thread
	 * has finished (as the JVM does). A deadlock ends the run from the thread that finds
	 * it.
	 */
	public void mainEnded() {
		this.lock.lock();
		try {
			finished(this.main, null);
		}
		finally {
			this.lock.unlock();
		}
		boolean interrupted = false;
		while (this.over.getCount() > 0) {
			try {
				this.over.await();
			}
			catch (InterruptedException ex) {
				// A learner thread interrupted main: the JVM would wait on all the same.
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	/** The caller's strand, or null for a thread outside the scheduler. */
	Strand strandOf(Thread thread) {
		this.lock.lock();
		try {
			return this.strands.get(thread);
		}
		finally {
			this.lock.unlock();
		}
	}

	long now() {
		return this.clock.nanos();
	}

	/** Whether a seed picks the order, so that every scheduling point may switch. */
	boolean seeded() {
		return this.next.choosesAtEveryPoint();
	}

	/** A new thread, about to start, joins the ready queue. Lock held, by the starter. */
	Strand register(Thread thread, Strand by) {
		if (!this.traced) {
			this.traced = true;
			this.trace.mainSince(this.main, this.early);
			this.early.clear();
		}
		Strand strand = new Strand(thread, ++this.numbered, thread.isDaemon(), StrandState.READY);
		this.strands.put(thread, strand);
		this.ready.add(strand);
		this.trace.created(strand, by);
		return strand;
	}

	/** A thread that could not start after all. Lock held. */
	void unregister(Strand strand) {
		this.ready.remove(strand);
		this.strands.remove(strand.thread);
		strand.state = StrandState.FINISHED;
		this.trace.finished(strand, new IllegalStateException("the thread could not start"));
	}

	/** A started thread's first act: wait for its first turn. Lock not held. */
	void firstTurn(Strand strand) {
		strand.baton.acquireUninterruptibly();
	}

	/** The thread's run ended: wakes its joiners and hands the baton on. Lock held. */
	void finished(Strand strand, Throwable failure) {
		strand.state = StrandState.FINISHED;
		this.trace.finished(strand, failure);
		for (Strand joiner : List.copyOf(strand.joiners)) {
			makeReady(joiner);
		}
		if (this.strands.values().stream().noneMatch((s) -> s.alive() && !s.daemon)) {
			// As the JVM: the run is over when the last non-daemon thread ends.
			this.running = null;
			this.over.countDown();
			return;
		}
		passBaton();
	}

	/**
	 * A scheduling point: with a seed (or when asked to yield) the holder may give the
	 * baton to another ready thread and wait for its next turn. Lock held.
	 */
	void point(Strand strand, boolean yield) {
		if ((!yield && !this.next.choosesAtEveryPoint()) || this.ready.isEmpty()) {
			return;
		}
		strand.state = StrandState.READY;
		this.ready.add(strand);
		Strand chosen = this.next.take(this.ready);
		if (chosen == strand) {
			strand.state = StrandState.RUNNING;
			return;
		}
		this.trace.suspended(strand, "ready", "lets another thread run");
		run(chosen);
		awaitBaton(strand);
	}

	/**
	 * A spin wait: the next ready thread runs, or if none is ready, the holder sleeps
	 * until the next timer. Lock held.
	 */
	void spin(Strand strand) {
		if (!this.ready.isEmpty() || this.timers.isEmpty()) {
			point(strand, true);
			return;
		}
		this.timers.arm(strand, this.timers.firstDeadline());
		block(strand, StrandState.SLEEPING, null, "ready");
	}

	/** The holder stops until another thread or a timer makes it ready. Lock held. */
	void block(Strand strand, StrandState state, Object waitsOn, String waitingOn) {
		strand.state = state;
		strand.waitsOn = waitsOn;
		String words = (state == StrandState.SLEEPING) ? "until " + this.trace.at(strand.deadline)
				: DeadlockReport.waitsFor(strand, this.monitors);
		this.trace.suspended(strand, waitingOn, words);
		passBaton();
		awaitBaton(strand);
	}

	/** Takes the thread out of whatever it waits on and queues it to run. Lock held. */
	void makeReady(Strand strand) {
		switch (strand.waitsOn) {
			case Monitor monitor -> {
				monitor.entrants.remove(strand);
				monitor.waitSet.remove(strand.thread);
			}
			case Strand joined -> joined.joiners.remove(strand);
			case WaitList list -> list.waiting.remove(strand);
			case null, default -> {
			}
		}
		strand.waitsOn = null;
		this.timers.disarm(strand);
		strand.state = StrandState.READY;
		this.ready.add(strand);
	}

	/**
	 * Someone outside the scheduler made a thread ready while none ran (see
	 * {@link OutsideThreads}). Lock held.
	 */
	void kick() {
		if (this.running == null && !this.ready.isEmpty() && this.over.getCount() > 0) {
			passBaton();
		}
	}

	/**
	 * Gives the baton to the next ready thread, moving the clock to the next timer while
	 * none is ready. Lock held.
	 */
	private void passBaton() {
		while (this.ready.isEmpty() && !this.timers.isEmpty()) {
			advanceClockTo(this.timers.firstDeadline());
			for (Strand due = this.timers.takeDue(now()); due != null; due = this.timers.takeDue(now())) {
				makeReady(due);
			}
		}
		if (!this.ready.isEmpty()) {
			run(this.next.take(this.ready));
			return;
		}
		this.running = null;
		if (this.outsiderHolds == 0 && !OutsideThreads.anyAlive(this.main.thread.getThreadGroup(), this.strands)) {
			List<Strand> all = new ArrayList<>(this.strands.values());
			all.sort(Comparator.comparingInt((Strand s) -> s.number));
			this.onDeadlock.accept(DeadlockReport.of(all, this.monitors));
		}
	}

	private void run(Strand strand) {
		this.running = strand;
		strand.state = StrandState.RUNNING;
		strand.waitsOn = null;
		this.trace.running(strand);
		strand.baton.release();
	}

	/** Waits, without the lock, until the scheduler gives this thread the baton again. */
	private void awaitBaton(Strand strand) {
		this.lock.unlock();
		try {
			strand.baton.acquireUninterruptibly();
		}
		finally {
			this.lock.lock();
		}
	}

	/**
	 * Sleeps on the virtual clock until the deadline: nobody else runs, so it jumps there
	 * (unless the event loop's executor threads are still busy).
	 */
	private void advanceClockTo(long deadline) {
		boolean interrupted = false;
		while (now() < deadline) {
			try {
				this.clock.sleep(deadline - now());
			}
			catch (InterruptedException ex) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

}
