package dev.looplab.sandbox;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Things slow to start (sandbox JVMs) kept started ahead of need, each handed out once
 * and refilled in the background. The pool's size is a set of places: one is taken when a
 * start is ordered and given back when what it started is handed out (or failed to
 * start), in one atomic step each, so any number of callers topping up at the same moment
 * never start more than the pool holds.
 *
 * @param <T> what is kept warm
 */
final class WarmPool<T> {

	private static final Logger log = LoggerFactory.getLogger(WarmPool.class);

	private final BlockingQueue<T> ready = new LinkedBlockingQueue<>();

	private final Semaphore places;

	private final Starter<T> starter;

	private final Predicate<T> alive;

	private final Consumer<T> discard;

	private final Executor refills;

	private volatile boolean open = true;

	/**
	 * @param size how many are kept ready or starting
	 * @param starter starts one, blocking until it is ready
	 * @param alive whether a ready one is still usable when it is handed out
	 * @param discard ends one that is not handed out (dead, or the pool closed)
	 * @param refills where starts run
	 */
	WarmPool(int size, Starter<T> starter, Predicate<T> alive, Consumer<T> discard, Executor refills) {
		this.places = new Semaphore(Math.max(0, size));
		this.starter = starter;
		this.alive = alive;
		this.discard = discard;
		this.refills = refills;
	}

	/** A ready one that is still alive, or null when none is. */
	T poll() {
		for (T item = this.ready.poll(); item != null; item = this.ready.poll()) {
			this.places.release();
			if (this.alive.test(item)) {
				return item;
			}
			this.discard.accept(item);
		}
		return null;
	}

	/** Orders starts in the background until every place is ready or starting. */
	void topUp() {
		while (this.open && this.places.tryAcquire()) {
			try {
				this.refills.execute(this::startOne);
			}
			catch (RejectedExecutionException ex) {
				// Closing: the executor is already shut down.
				this.places.release();
				return;
			}
		}
	}

	private void startOne() {
		T item = null;
		try {
			item = this.starter.start();
		}
		catch (IOException ex) {
			log.warn("Could not start a sandbox JVM: {}", ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (item == null) {
			this.places.release();
			return;
		}
		this.ready.add(item);
		if (!this.open) {
			// Closed while it started: close() may have drained the queue already.
			discardReady();
		}
	}

	/** How many are started and waiting. */
	int readyCount() {
		return this.ready.size();
	}

	/** Stops refilling and ends every ready one. */
	void close() {
		this.open = false;
		discardReady();
	}

	private void discardReady() {
		for (T item = this.ready.poll(); item != null; item = this.ready.poll()) {
			this.discard.accept(item);
		}
	}

	/** Starts one, blocking until it is ready. */
	@FunctionalInterface
	interface Starter<T> {

		T start() throws IOException, InterruptedException;

	}

}
