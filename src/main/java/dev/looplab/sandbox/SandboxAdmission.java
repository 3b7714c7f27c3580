package dev.looplab.sandbox;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The one way into the sandbox for runs, checks and gradings alike: at most
 * {@code max-concurrent} use a sandbox JVM at once, and the rest wait in a single line,
 * first come, first served, each told its place as the line moves. A freed sandbox goes
 * to the head of the line at once, even before its thread asks for it.
 * <p>
 * Work a person waits for (a run, a check) is refused when the line holds
 * {@code queue-capacity}; a stored submission is never refused, because it was accepted
 * already: its grader takes a place like anyone else, and since there are only
 * {@code looplab.grading.concurrency} graders, gradings hold at most that many places
 * while the rest wait in their own stored queue.
 */
@Component
public class SandboxAdmission {

	static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	private final ReentrantLock lock = new ReentrantLock();

	/** Signalled whenever the line moves or a ticket is admitted. */
	private final Condition moved = this.lock.newCondition();

	private final Deque<SandboxTicket> line = new ArrayDeque<>();

	private final int queueCapacity;

	private int free;

	@Autowired
	SandboxAdmission(AdmissionProperties properties) {
		this.free = properties.maxConcurrent();
		this.queueCapacity = properties.queueCapacity();
	}

	/** With the default sizes, for tests and tools. */
	SandboxAdmission() {
		this(new AdmissionProperties(8, 64));
	}

	/**
	 * A place for a run or a check, which a person is waiting for.
	 * @throws SandboxBusy when every sandbox is busy and the line is full
	 */
	public SandboxTicket enter() {
		this.lock.lock();
		try {
			if (this.free == 0 && this.line.size() >= this.queueCapacity) {
				throw new SandboxBusy(this.line.size(), RETRY_AFTER);
			}
			return join();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * A place for work that is stored and was accepted already (a submission to grade):
	 * never refused, it waits its turn like the rest.
	 */
	public SandboxTicket enterStored() {
		this.lock.lock();
		try {
			return join();
		}
		finally {
			this.lock.unlock();
		}
	}

	/** How many wait for a sandbox now. */
	public int waiting() {
		this.lock.lock();
		try {
			return this.line.size();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Blocks until the ticket holds a sandbox; while it waits, passes a
	 * {@link SandboxEvent.Queued} with its place (1 is next) to the sink each time the
	 * place changes, from the calling thread.
	 * @throws IllegalStateException when the ticket was closed before its turn
	 */
	void awaitTurn(SandboxTicket ticket, Consumer<SandboxEvent> sink) throws InterruptedException {
		int told = 0;
		for (int place = nextPlace(ticket, told); place > 0; place = nextPlace(ticket, told)) {
			// Outside the lock: a slow sink must not hold up the line.
			sink.accept(new SandboxEvent.Queued(place,
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - ticket.enteredNanos())));
			told = place;
		}
	}

	/** Blocks until the ticket is admitted (0) or its place is no longer {@code told}. */
	private int nextPlace(SandboxTicket ticket, int told) throws InterruptedException {
		this.lock.lock();
		try {
			while (true) {
				switch (ticket.state()) {
					case ADMITTED -> {
						return 0;
					}
					case CLOSED -> throw new IllegalStateException("This sandbox ticket was closed before its turn");
					case WAITING -> {
						int place = placeOf(ticket);
						if (place != told) {
							return place;
						}
						this.moved.await();
					}
				}
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Gives back the ticket's place in line, or its sandbox to the next in line. */
	void leave(SandboxTicket ticket) {
		this.lock.lock();
		try {
			switch (ticket.state()) {
				case WAITING -> this.line.remove(ticket);
				case ADMITTED -> this.free++;
				case CLOSED -> {
					return;
				}
			}
			ticket.state(SandboxTicket.State.CLOSED);
			admitFromTheHead();
			this.moved.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	private SandboxTicket join() {
		SandboxTicket ticket = new SandboxTicket(this);
		this.line.addLast(ticket);
		admitFromTheHead();
		return ticket;
	}

	private void admitFromTheHead() {
		while (this.free > 0 && !this.line.isEmpty()) {
			this.line.removeFirst().state(SandboxTicket.State.ADMITTED);
			this.free--;
		}
	}

	private int placeOf(SandboxTicket ticket) {
		int place = 1;
		for (SandboxTicket waiting : this.line) {
			if (waiting == ticket) {
				return place;
			}
			place++;
		}
		throw new IllegalStateException("A waiting ticket is not in line");
	}

}
