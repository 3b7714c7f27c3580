package dev.looplab.sandbox;

/**
 * A place in the sandbox's line (see {@link SandboxAdmission}), and then a sandbox once
 * its turn comes. {@link Sandbox} waits for the turn; whoever took the ticket closes it
 * when the work is over or abandoned, which gives the place or the sandbox to the next in
 * line. Closing twice is harmless.
 */
public final class SandboxTicket implements AutoCloseable {

	private final SandboxAdmission admission;

	private final String client;

	private final long enteredNanos = System.nanoTime();

	/** Guarded by the admission's lock. */
	private State state = State.WAITING;

	/**
	 * When the ticket got its sandbox; guarded, like the state, by the admission's lock.
	 */
	private long admittedNanos;

	SandboxTicket(SandboxAdmission admission, String client) {
		this.admission = admission;
		this.client = client;
	}

	@Override
	public void close() {
		this.admission.leave(this);
	}

	/** Whose work this ticket is for: sandboxes are shared fairly between clients. */
	String client() {
		return this.client;
	}

	long enteredNanos() {
		return this.enteredNanos;
	}

	long admittedNanos() {
		return this.admittedNanos;
	}

	void admittedNanos(long nanos) {
		this.admittedNanos = nanos;
	}

	State state() {
		return this.state;
	}

	void state(State state) {
		this.state = state;
	}

	enum State {

		/** In line. */
		WAITING,

		/** Holds a sandbox. */
		ADMITTED,

		/** Gone: whatever it held went to the next in line. */
		CLOSED

	}

}
