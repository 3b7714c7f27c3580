package dev.looplab.sandbox;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

import dev.looplab.runner.Protocol;

/**
 * One started sandbox JVM that has reported ready and waits for its single job.
 */
final class ChildJvm {

	private final Process process;

	private final DataInputStream frames;

	private final DataOutputStream jobs;

	private final StderrTail stderr;

	private final IsolationSlot slot;

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

	private void awaitReady() throws IOException {
		try {
			Frame frame = Frame.read(this.frames);
			if (frame == null || frame.type() != Protocol.READY || frame.payload().length != 4) {
				throw new IOException("The sandbox JVM did not start: " + this.stderr.text());
			}
			int version = java.nio.ByteBuffer.wrap(frame.payload()).getInt();
			if (version != Protocol.VERSION) {
				throw new IOException("The sandbox speaks protocol v" + version + ", expected v" + Protocol.VERSION);
			}
		}
		catch (IOException ex) {
			kill();
			throw ex;
		}
	}

	void send(Protocol.Job job) throws IOException {
		job.writeTo(this.jobs);
		this.jobs.close();
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
