package dev.looplab.sandbox;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

import dev.looplab.runner.Protocol;

/**
 * One started sandbox JVM that has reported ready and waits for a job. Most take one job;
 * one whose job left nothing behind may be kept for the same learner's next (see
 * {@link KeptJvms}).
 */
final class ChildJvm {

	private final Process process;

	private final DataInputStream frames;

	private final DataOutputStream jobs;

	private final StderrTail stderr;

	private final IsolationSlot slot;

	/** Jobs sent so far. */
	private int jobsTaken;

	/** The share of contended cores its cgroup gives it; 1.0 is the default. */
	private double cpuShare = 1.0;

	/** CPU time the JVM reported it had used when it last said it was ready. */
	private long cpuMillis;

	private ChildJvm(Process process, IsolationSlot slot) {
		this.process = process;
		this.slot = slot;
		this.frames = new DataInputStream(new BufferedInputStream(process.getInputStream()));
		this.jobs = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
		this.stderr = StderrTail.drain(process.getErrorStream());
	}

	/**
	 * Starts a JVM, isolated in a slot of its own, and blocks until it says it is ready.
	 */
	static ChildJvm start(Isolation isolation, List<String> command) throws IOException {
		Isolation.IsolatedProcess started = isolation.launch(command, isolation.runnerLimits());
		ChildJvm child = new ChildJvm(started.process(), started.slot());
		child.awaitReady();
		return child;
	}

	/**
	 * Waits for the JVM to say it is ready, at start or after a job; kills it when it
	 * does not.
	 */
	void awaitReady() throws IOException {
		try {
			Frame frame = Frame.read(this.frames);
			if (frame == null || frame.type() != Protocol.READY || frame.payload().length != 12) {
				throw new IOException("The sandbox JVM did not start: " + this.stderr.text());
			}
			java.nio.ByteBuffer payload = java.nio.ByteBuffer.wrap(frame.payload());
			int version = payload.getInt();
			if (version != Protocol.VERSION) {
				throw new IOException("The sandbox speaks protocol v" + version + ", expected v" + Protocol.VERSION);
			}
			this.cpuMillis = payload.getLong();
		}
		catch (IOException ex) {
			kill();
			throw ex;
		}
	}

	/** Sends a job; the JVM's stdin stays open in case it is kept for another. */
	void send(Protocol.Job job) throws IOException {
		this.jobsTaken++;
		this.stderr.clear();
		job.writeTo(this.jobs);
		this.jobs.flush();
	}

	/** Tells the JVM there will be no other job: it halts once its job is over. */
	void endJobs() {
		try {
			this.jobs.close();
		}
		catch (IOException ex) {
			// The JVM is gone already.
		}
	}

	int jobsTaken() {
		return this.jobsTaken;
	}

	/** The CPU time the JVM had used when it last said it was ready, -1 if unknown. */
	long cpuMillis() {
		return this.cpuMillis;
	}

	/** The next frame, or null when the child closed its end. */
	Frame next() throws IOException {
		return Frame.read(this.frames);
	}

	/**
	 * What the JVM printed on the protocol channel that was not a frame, up to a few
	 * kilobytes.
	 */
	String strayText(Frame.NotAFrame start) {
		byte[] rest = new byte[4096];
		int length = 0;
		try {
			for (int n = 0; n >= 0 && length < rest.length; n = this.frames.read(rest, length, rest.length - length)) {
				length += n;
			}
		}
		catch (IOException ex) {
			// Whatever arrived before the pipe broke is enough to explain the failure.
		}
		return (new String(start.consumed(), java.nio.charset.StandardCharsets.ISO_8859_1)
				+ new String(rest, 0, length, java.nio.charset.StandardCharsets.UTF_8))
			.strip();
	}

	Process process() {
		return this.process;
	}

	StderrTail stderr() {
		return this.stderr;
	}

	/**
	 * Sets the JVM's share of contended cores (see {@link RecentUse#cpuShare}); a new
	 * slot starts with the whole share, so most runs write nothing.
	 */
	void cpuShare(double share) {
		if (share != this.cpuShare && this.slot.cgroup() != null) {
			this.slot.cgroup().cpuShare(share);
			this.cpuShare = share;
		}
	}

	/** Whether the memory cgroup killed the JVM (or something it started). */
	boolean hitMemoryLimit() {
		return this.slot.memoryLimitHit();
	}

	/** Whether a thread or process could not start because of the process limit. */
	boolean hitProcessLimit() {
		return this.slot.processLimitHit();
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	/**
	 * Sends SIGTERM to the JVM itself (the innermost process, under any wrapper): a
	 * wrapper that ended first would take the JVM down before its shutdown hook ran.
	 */
	void terminate() {
		List<ProcessHandle> innermost = this.process.descendants()
			.filter((descendant) -> descendant.children().findAny().isEmpty())
			.toList();
		if (innermost.isEmpty()) {
			this.process.destroy();
		}
		innermost.forEach(ProcessHandle::destroy);
	}

	void kill() {
		this.process.descendants().forEach(ProcessHandle::destroyForcibly);
		this.process.destroyForcibly();
	}

}
