package dev.looplab.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Drains a sandbox JVM's own stderr (the learner's System.err travels in protocol frames
 * instead) and keeps its first few kilobytes: that is where the JVM says why it died, for
 * example on running out of memory.
 */
final class StderrTail {

	private static final int KEEP = 8 * 1024;

	private final byte[] kept = new byte[KEEP];

	private int length;

	static StderrTail drain(InputStream in) {
		StderrTail tail = new StderrTail();
		// A platform thread: a read blocked on a pipe holds a virtual thread's carrier,
		// and every idle sandbox or compiler JVM has one pending for its whole life.
		Thread.ofPlatform().daemon().name("sandbox-stderr").start(() -> tail.pump(in));
		return tail;
	}

	private void pump(InputStream in) {
		byte[] chunk = new byte[1024];
		try (in) {
			for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
				synchronized (this) {
					int take = Math.min(n, KEEP - this.length);
					System.arraycopy(chunk, 0, this.kept, this.length, take);
					this.length += take;
				}
			}
		}
		catch (IOException ex) {
			// The process is gone; what was kept is all there is.
		}
	}

	/**
	 * Forgets what was kept: a JVM that takes another job (ADR 20) explains only that
	 * job's end.
	 */
	synchronized void clear() {
		this.length = 0;
	}

	synchronized String text() {
		return new String(this.kept, 0, this.length, StandardCharsets.UTF_8).strip();
	}

}
