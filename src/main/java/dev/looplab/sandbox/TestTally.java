package dev.looplab.sandbox;

import java.util.function.Consumer;

/**
 * Counts the test results of a grading as they pass on to the sink, for the message of
 * its last event.
 */
final class TestTally implements Consumer<SandboxEvent> {

	private final Consumer<SandboxEvent> sink;

	private int tests;

	private int passed;

	private int points;

	private int maxPoints;

	TestTally(Consumer<SandboxEvent> sink) {
		this.sink = sink;
	}

	@Override
	public void accept(SandboxEvent event) {
		if (event instanceof SandboxEvent.TestResult result) {
			this.tests++;
			this.passed += result.passed() ? 1 : 0;
			this.points += result.points();
			this.maxPoints += result.maxPoints();
		}
		this.sink.accept(event);
	}

	int tests() {
		return this.tests;
	}

	int passed() {
		return this.passed;
	}

	int points() {
		return this.points;
	}

	int maxPoints() {
		return this.maxPoints;
	}

}
