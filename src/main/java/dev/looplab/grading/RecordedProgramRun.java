package dev.looplab.grading;

import java.util.List;

import dev.looplab.sandbox.SandboxEvent;

/**
 * One run of the learner's program by the tests: what it printed and its event loop's
 * trace, in order, for its timeline.
 *
 * @param number its number in the grading (1, 2, ...), as tests refer to it
 * @param title what the tests called it
 * @param events its output and trace events
 */
public record RecordedProgramRun(int number, String title, List<SandboxEvent> events) {

	public RecordedProgramRun {
		events = List.copyOf(events);
	}

	/** The event loop's scheduling events, for the timeline. */
	public List<SandboxEvent.Trace> traces() {
		return this.events.stream()
			.filter(SandboxEvent.Trace.class::isInstance)
			.map(SandboxEvent.Trace.class::cast)
			.toList();
	}

	/** The lines printed, stdout and stderr, in order. */
	public List<SandboxEvent.Output> output() {
		return this.events.stream()
			.filter(SandboxEvent.Output.class::isInstance)
			.map(SandboxEvent.Output.class::cast)
			.toList();
	}

}
