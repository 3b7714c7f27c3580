package dev.looplab.sandbox;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import dev.looplab.runner.Protocol;

/**
 * Everything known about how a program in a sandbox JVM ended, before it is turned into a
 * verdict.
 *
 * @param killedFor the limit for which the server ended the process, or null
 * @param exit what the runner reported, or null when it never got to say
 * @param exitCode the process exit code, or null when it had to be killed
 * @param jvmOutput what the JVM itself printed (its stderr, and any stray text on the
 * protocol channel)
 * @param fault a protocol or I/O fault on the server's side, or null
 * @param printedBytes how much output the program printed (kept part)
 * @param memoryCgroupKill whether the kernel killed the JVM for going over its memory
 * cgroup's limit
 * @param overEventBudget whether output was stopped by the run's event budget rather than
 * the output cap (many short lines)
 */
record RunEnding(Verdict killedFor, Exit exit, Integer exitCode, String jvmOutput, String fault, long printedBytes,
		boolean memoryCgroupKill, boolean overEventBudget) {

	boolean ranOutOfMemory() {
		return this.jvmOutput.contains("OutOfMemoryError");
	}

	/**
	 * The runner's own report: the exit code it will halt with, how the program ended,
	 * and a detail.
	 */
	record Exit(int code, Protocol.Ending ending, String detail) {

		static Exit parse(byte[] payload) {
			ByteBuffer buffer = ByteBuffer.wrap(payload);
			int code = buffer.getInt();
			int nameLength = buffer.getShort() & 0xFFFF;
			String name = new String(payload, 6, nameLength, StandardCharsets.UTF_8);
			int detailStart = 6 + nameLength;
			String detail = new String(payload, detailStart, payload.length - detailStart, StandardCharsets.UTF_8);
			return new Exit(code, Protocol.Ending.valueOf(name), detail);
		}

	}

}
