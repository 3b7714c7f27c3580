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

	/**
	 * Sends the records as a plain run's trace with the given budget would: the frames
	 * the server would keep, then the count of the others.
	 */
	public static void writeCappedTraces(OutputStream out, long budgetBytes, TraceRecord... records)
			throws IOException {
		LoopTrace trace = new LoopTrace(new FrameWriter(out), budgetBytes);
		for (TraceRecord record : records) {
			trace.send(record);
		}
		trace.reportSkipped();
	}

}
