package dev.looplab.run;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

import dev.looplab.sandbox.SandboxEvent;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * How many runs use a sandbox at once, and a bounded line for the rest. A run that has to
 * wait is told its place; when the line is full a new run is refused at once (503) rather
 * than left waiting without end.
 */
@Component
class RunAdmission {

	private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	private final Semaphore running;

	private final int queueCapacity;

	private int waiting;

	RunAdmission(RunProperties properties) {
		this.running = new Semaphore(properties.maxConcurrent(), true);
		this.queueCapacity = properties.queueCapacity();
	}

	/**
	 * Takes a place for a new run, or refuses it when every sandbox is busy and the line
	 * is full.
	 */
	synchronized void enter() {
		if (this.running.availablePermits() == 0 && this.waiting >= this.queueCapacity) {
			throw new RunRejected(HttpStatus.SERVICE_UNAVAILABLE, "All sandboxes are busy",
					"Every sandbox is busy and %d runs are already waiting. Try again in %d s.".formatted(this.waiting,
							RETRY_AFTER.toSeconds()),
					RETRY_AFTER);
		}
		this.waiting++;
	}

	/**
	 * Blocks the run's thread until a sandbox is free, telling the run its place in line
	 * if it must wait.
	 */
	void awaitTurn(Consumer<SandboxEvent> sink) throws InterruptedException {
		try {
			if (!this.running.tryAcquire()) {
				sink.accept(new SandboxEvent.Queued(waitingNow(), 0));
				this.running.acquire();
			}
		}
		finally {
			synchronized (this) {
				this.waiting--;
			}
		}
	}

	/** Gives the sandbox back after a run that got its turn. */
	void leave() {
		this.running.release();
	}

	private synchronized int waitingNow() {
		return this.waiting;
	}

}
