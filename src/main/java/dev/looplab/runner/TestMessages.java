package dev.looplab.runner;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.platform.engine.TestExecutionResult;

/**
 * Why a test failed, in words for the learner: an assertion's own message, or for an
 * unexpected exception its type and message and where in the learner's code it came from.
 * Frames of the tests themselves are never shown: hidden tests stay hidden.
 */
final class TestMessages {

	private static final int MAX_FRAMES = 5;

	private TestMessages() {
	}

	static String of(TestExecutionResult.Status status, Throwable error, Set<String> learnerClasses) {
		if (error == null) {
			return (status == TestExecutionResult.Status.ABORTED) ? "The test was aborted." : "The test failed.";
		}
		if (status == TestExecutionResult.Status.ABORTED) {
			return "The test was aborted: " + messageOf(error);
		}
		if (error instanceof AssertionError) {
			return messageOf(error);
		}
		List<StackTraceElement> frames = Arrays.stream(error.getStackTrace())
			.filter((frame) -> learnerClasses.contains(frame.getClassName()))
			.limit(MAX_FRAMES)
			.toList();
		StringBuilder message = new StringBuilder(
				frames.isEmpty() ? "The test stopped with " : "Your code threw an exception the test did not expect: ")
			.append(error);
		for (StackTraceElement frame : frames) {
			message.append("\n\tat ")
				.append(frame.getClassName())
				.append('.')
				.append(frame.getMethodName())
				.append('(')
				.append(frame.getFileName())
				.append(':')
				.append(frame.getLineNumber())
				.append(')');
		}
		return message.toString();
	}

	private static String messageOf(Throwable error) {
		String message = error.getMessage();
		return (message == null || message.isBlank()) ? "The test failed (" + error.getClass().getName() + ")."
				: message;
	}

}
