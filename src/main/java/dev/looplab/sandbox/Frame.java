package dev.looplab.sandbox;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;

import dev.looplab.runner.Protocol;

/**
 * One protocol frame read from a sandbox JVM; see {@link dev.looplab.runner.Protocol}.
 */
record Frame(byte type, byte[] payload) {

	/** Larger frames cannot come from the runner: it cuts lines at 4 KiB. */
	private static final int MAX_PAYLOAD = 64 * 1024;

	private static final java.util.Set<Byte> KNOWN_TYPES = java.util.Set.of(Protocol.READY, Protocol.STARTED,
			Protocol.STDOUT, Protocol.STDERR, Protocol.EXIT, Protocol.TRACE, Protocol.PROGRAM_RUN, Protocol.TEST_RESULT,
			Protocol.TRACE_SKIPPED);

	static Frame read(DataInputStream in) throws IOException {
		int type = in.read();
		if (type < 0) {
			return null;
		}
		try {
			int length = in.readInt();
			if (length < 0 || length > MAX_PAYLOAD || !KNOWN_TYPES.contains((byte) type)) {
				// Not a frame: the JVM itself printed to stdout (it does so when it dies
				// of OutOfMemoryError).
				throw new NotAFrame(java.nio.ByteBuffer.allocate(5).put((byte) type).putInt(length).array());
			}
			byte[] payload = new byte[length];
			in.readFully(payload);
			return new Frame((byte) type, payload);
		}
		catch (EOFException ex) {
			throw new IOException("The sandbox closed its output in the middle of a frame", ex);
		}
	}

	/**
	 * Raised when the bytes on the protocol channel are not a frame; keeps the bytes
	 * already read.
	 */
	static final class NotAFrame extends IOException {

		private final byte[] consumed;

		NotAFrame(byte[] consumed) {
			super("Unexpected output from the sandbox JVM");
			this.consumed = consumed;
		}

		byte[] consumed() {
			return this.consumed;
		}

	}

}
