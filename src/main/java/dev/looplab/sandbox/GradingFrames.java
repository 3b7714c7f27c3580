package dev.looplab.sandbox;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import dev.looplab.runner.Protocol;

/**
 * Reads the frames only a grading sends: a program run beginning and a test's result.
 */
final class GradingFrames {

	private GradingFrames() {
	}

	static SandboxEvent parse(Frame frame) throws IOException {
		DataInputStream in = new DataInputStream(new ByteArrayInputStream(frame.payload()));
		long atMillis = in.readLong() / 1_000_000;
		if (frame.type() == Protocol.PROGRAM_RUN) {
			int number = in.readInt();
			return new SandboxEvent.ProgramRun(number, in.readUTF(), atMillis);
		}
		boolean passed = in.readBoolean();
		int points = in.readInt();
		int maxPoints = in.readInt();
		int programRun = in.readInt();
		String name = in.readUTF();
		String message = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		return new SandboxEvent.TestResult(name, passed, points, maxPoints, message, programRun, atMillis);
	}

}
