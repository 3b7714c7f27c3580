package dev.looplab.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The one way into the sandbox for runs, checks and gradings alike: at most
 * {@code max-concurrent} use a sandbox JVM at once, and the rest wait in a single line,
 * each told its place as the line moves. A freed sandbox goes at once to the client with
 * the fewest sandboxes in use, the longest waiting among equals; so a client who sends
 * many programs waits behind their own, not in front of everyone else's.
 * <p>
 * Work a person waits for (a run, a check) is refused when the line holds
 * {@code queue-capacity}, or when its client already has {@code queue-per-client}
 * waiting; a stored submission is never refused, because it was accepted already: its
 * grader takes a place like anyone else, and since there are only
 * {@code looplab.grading.concurrency} graders, gradings hold at most that many places
 * while the rest wait in their own stored queue.
 */
@Component
public class SandboxAdmission {

	static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	private final ReentrantLock lock = new ReentrantLock();

	/** Signalled whenever the line moves or a ticket is admitted. */
	private final Condition moved = this.lock.newCondition();

	/** Waiting tickets, in the order they came. */
	private final List<SandboxTicket> line = new ArrayList<>();

	/** Sandboxes in use per client; a client with none is absent. */
	private final Map<String, Integer> inUse = new HashMap<>();

	/** Sandbox time each client used lately, which orders clients with as many in use. */
	private final RecentUse used;

	/**
	 * Sandboxes that only clients with a whole CPU share may take ({@link RecentUse}): a
	 * quarter of them, so that clients who kept sandboxes busy lately cannot fill every
	 * one and make a learner's small run wait for theirs to end.
	 */
	private final int reserved;

	private final int queueCapacity;

	private final int queuePerClient;

	private int free;

	@Autowired
	SandboxAdmission(AdmissionProperties properties) {
		this(properties, new RecentUse());
	}

	/** With the given record of recent use, for tests. */
	SandboxAdmission(AdmissionProperties properties, RecentUse used) {
		this.free = properties.maxConcurrent();
		this.reserved = properties.maxConcurrent() / 4;
		this.queueCapacity = properties.queueCapacity();
		this.queuePerClient = properties.queuePerClient();
		this.used = used;
	}

	/** With the default sizes, for tests and tools. */
	SandboxAdmission() {
		this(new AdmissionProperties(8, 64, 8));
	}

	/**
	 * A place for a run or a check, which a person is waiting for.
	 * @param client who asks (a user or an address): sandboxes are shared fairly between
	 * clients
	 * @throws SandboxBusy when every sandbox is busy and the line is full, or this client
	 * has as many waiting as one client may
	 */
	public SandboxTicket enter(String client) {
		this.lock.lock();
		try {
			if (this.free == 0) {
				if (this.line.size() >= this.queueCapacity) {
					throw SandboxBusy.lineFull(this.line.size(), RETRY_AFTER);
				}
				long own = this.line.stream().filter((ticket) -> ticket.client().equals(client)).count();
				if (own >= this.queuePerClient) {
					throw SandboxBusy.ownShareTaken((int) own, RETRY_AFTER);
				}
			}
			return join(client);
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * A place for work that is stored and was accepted already (a submission to grade):
	 * never refused, it waits its turn like the rest.
	 * @param client whose work it is
	 */
	public SandboxTicket enterStored(String client) {
		this.lock.lock();
		try {
			return join(client);
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
						int place = FairOrder.placeOf(ticket, this.line, this.inUse, this.used, System.nanoTime());
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

	/** The share of contended cores the client's next run gets ({@link RecentUse}). */
	double cpuShare(String client) {
		this.lock.lock();
		try {
			return this.used.cpuShare(client, System.nanoTime());
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
				case ADMITTED -> {
					this.free++;
					this.inUse.computeIfPresent(ticket.client(), (client, count) -> (count > 1) ? count - 1 : null);
					long now = System.nanoTime();
					this.used.add(ticket.client(), now - ticket.admittedNanos(), now);
				}
				case CLOSED -> {
					return;
				}
			}
			ticket.state(SandboxTicket.State.CLOSED);
			admitWhileFree();
			this.moved.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	private SandboxTicket join(String client) {
		SandboxTicket ticket = new SandboxTicket(this, client);
		this.line.add(ticket);
		admitWhileFree();
		// A newcomer may go ahead of those waiting: they are told their new place.
		this.moved.signalAll();
		return ticket;
	}

	private void admitWhileFree() {
		while (this.free > 0 && !this.line.isEmpty()) {
			long now = System.nanoTime();
			List<SandboxTicket> eligible = (this.free > this.reserved) ? this.line
					: this.line.stream().filter((ticket) -> this.used.cpuShare(ticket.client(), now) >= 1.0).toList();
			if (eligible.isEmpty()) {
				// The sandboxes left are kept for clients with a whole share.
				return;
			}
			SandboxTicket next = FairOrder.next(eligible, this.inUse, this.used, now);
			this.line.remove(next);
			this.inUse.merge(next.client(), 1, Integer::sum);
			next.state(SandboxTicket.State.ADMITTED);
			next.admittedNanos(System.nanoTime());
			this.free--;
		}
	}

}
