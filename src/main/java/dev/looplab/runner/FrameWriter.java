package dev.looplab.runner;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes protocol frames to the child's real stdout. Synchronized because the learner's
 * threads print concurrently; every frame is flushed at once so the server sees output as
 * it happens.
 */
final class FrameWriter {

	/**
	 * A test's message is for a learner to read: a few thousand characters say it all.
	 */
	private static final int MAX_MESSAGE = 4000;

	private final DataOutputStream out;

	private volatile long startNanos;

	FrameWriter(OutputStream out) {
		this.out = new DataOutputStream(out);
		this.startNanos = System.nanoTime();
	}

	/**
	 * Says the JVM is ready for a job, at start and again after a job it survived, with
	 * the CPU time it has used so far (the server keeps it below the CPU rlimit).
	 */
	synchronized void ready(long cpuMillis) throws IOException {
		this.out.writeByte(Protocol.READY);
		this.out.writeInt(12);
		this.out.writeInt(Protocol.VERSION);
		this.out.writeLong(cpuMillis);
		this.out.flush();
	}

	/** Marks the moment the learner's code starts; output times count from here. */
	synchronized void started() throws IOException {
		this.startNanos = System.nanoTime();
		this.out.writeByte(Protocol.STARTED);
		this.out.writeInt(0);
		this.out.flush();
	}

	/** Nanoseconds since the learner's code started. */
	long nanosSinceStart() {
		return System.nanoTime() - this.startNanos;
	}

	/** Trace events that were not sent; see {@link Protocol#TRACE_SKIPPED}. */
	synchronized void traceSkipped(long nanosSinceStart, long count) throws IOException {
		this.out.writeByte(Protocol.TRACE_SKIPPED);
		this.out.writeInt(16);
		this.out.writeLong(nanosSinceStart);
		this.out.writeLong(count);
		this.out.flush();
	}

	/** One event of the event loop's trace; see {@link Protocol#TRACE}. */
	synchronized void trace(TraceRecord event) throws IOException {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(96);
		DataOutputStream payload = new DataOutputStream(bytes);
		payload.writeLong(System.nanoTime() - this.startNanos);
		payload.writeLong(event.virtualNanos());
		payload.writeLong(event.spanNanos());
		payload.writeInt(event.task());
		payload.writeUTF(truncate(event.kind()));
		payload.writeUTF(truncate(event.taskName()));
		payload.writeUTF(truncate(event.waitingOn()));
		payload.writeUTF(truncate(event.detail()));
		this.out.writeByte(Protocol.TRACE);
		this.out.writeInt(bytes.size());
		bytes.writeTo(this.out);
		this.out.flush();
	}

	/** Grading: program run {@code number} begins; see {@link Protocol#PROGRAM_RUN}. */
	synchronized void programRun(int number, String title) throws IOException {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(64);
		DataOutputStream payload = new DataOutputStream(bytes);
		payload.writeLong(System.nanoTime() - this.startNanos);
		payload.writeInt(number);
		payload.writeUTF(truncate(title));
		this.out.writeByte(Protocol.PROGRAM_RUN);
		this.out.writeInt(bytes.size());
		bytes.writeTo(this.out);
		this.out.flush();
	}

	/** Grading: one test's result; see {@link Protocol#TEST_RESULT}. */
	synchronized void testResult(TestOutcome outcome) throws IOException {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(256);
		DataOutputStream payload = new DataOutputStream(bytes);
		payload.writeLong(System.nanoTime() - this.startNanos);
		payload.writeBoolean(outcome.passed());
		payload.writeInt(outcome.points());
		payload.writeInt(outcome.maxPoints());
		payload.writeInt(outcome.programRun());
		payload.writeUTF(truncate(outcome.name()));
		String message = outcome.message();
		payload.write(((message.length() > MAX_MESSAGE) ? message.substring(0, MAX_MESSAGE) + "…" : message)
			.getBytes(StandardCharsets.UTF_8));
		this.out.writeByte(Protocol.TEST_RESULT);
		this.out.writeInt(bytes.size());
		bytes.writeTo(this.out);
		this.out.flush();
	}

	synchronized void text(byte type, byte[] bytes, int length, long nanos) throws IOException {
		this.out.writeByte(type);
		this.out.writeInt(8 + length);
		this.out.writeLong(nanos - this.startNanos);
		this.out.write(bytes, 0, length);
		this.out.flush();
	}

	synchronized void exit(int code, Protocol.Ending ending, String detail) throws IOException {
		byte[] name = ending.name().getBytes(StandardCharsets.UTF_8);
		byte[] text = truncate(detail).getBytes(StandardCharsets.UTF_8);
		this.out.writeByte(Protocol.EXIT);
		this.out.writeInt(4 + 2 + name.length + text.length);
		this.out.writeInt(code);
		this.out.writeUTF(ending.name());
		this.out.write(text);
		this.out.flush();
	}

	private static String truncate(String detail) {
		return (detail.length() > 500) ? detail.substring(0, 500) + "…" : detail;
	}

}
