package dev.looplab.runner;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The learner's System.out or System.err: cuts what is written into lines and sends each
 * one as a frame the moment it ends, stamped with the time it was printed. A line that
 * never ends is sent when it grows past {@link #MAX_LINE} bytes or when the program
 * finishes.
 */
final class LineStream extends OutputStream {

	static final int MAX_LINE = 4096;

	private final FrameWriter frames;

	private final byte type;

	private byte[] buffer = new byte[256];

	private int length;

	/** Says which event-loop task printed each line, once the program runs. */
	private volatile LoopTrace trace;

	/** Hears every line while a graded program run records them; null otherwise. */
	private volatile LineTap tap;

	LineStream(FrameWriter frames, byte type) {
		this.frames = frames;
		this.type = type;
	}

	@Override
	public synchronized void write(int b) {
		if (b == '\n') {
			emit();
			return;
		}
		if (this.length == this.buffer.length) {
			this.buffer = Arrays.copyOf(this.buffer, this.length * 2);
		}
		this.buffer[this.length++] = (byte) b;
		if (this.length >= MAX_LINE) {
			emit();
		}
	}

	@Override
	public synchronized void write(byte[] bytes, int offset, int count) {
		for (int i = offset; i < offset + count; i++) {
			write(bytes[i]);
		}
	}

	void attributeLinesWith(LoopTrace trace) {
		this.trace = trace;
	}

	/** Passes each line (decoded) to the tap from now on; null stops it. */
	void tapLines(LineTap lineTap) {
		this.tap = lineTap;
	}

	/** Sends a pending partial line; called when the program ends. */
	synchronized void finish() {
		if (this.length > 0) {
			emit();
		}
	}

	private void emit() {
		int end = this.length;
		if (end > 0 && this.buffer[end - 1] == '\r') {
			end--;
		}
		try {
			LoopTrace lines = this.trace;
			if (lines != null) {
				lines.output(this.buffer, end);
			}
			this.frames.text(this.type, this.buffer, end, System.nanoTime());
			LineTap lineTap = this.tap;
			if (lineTap != null) {
				lineTap.line(this.type == Protocol.STDERR, new String(this.buffer, 0, end, StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			// The server hung up: nobody will read more output, so the run is over.
			throw new UncheckedIOException(ex);
		}
		finally {
			this.length = 0;
		}
	}

	/** Hears the lines of a stream. */
	@FunctionalInterface
	interface LineTap {

		void line(boolean stderr, String text);

	}

}
