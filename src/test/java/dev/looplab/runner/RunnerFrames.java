package dev.looplab.runner;

import java.io.IOException;
import java.io.OutputStream;

/** Writes frames the way the runner does, for tests of the server's side. */
public final class RunnerFrames {

	private RunnerFrames() {
	}

	public static void writeTraces(OutputStream out, TraceRecord... records) throws IOException {
		FrameWriter frames = new FrameWriter(out);
		for (TraceRecord record : records) {
			frames.trace(record);
		}
	}

}
