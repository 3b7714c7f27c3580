package dev.looplab.grading;

import dev.looplab.sandbox.SandboxEvent;

/**
 * Something that happened while a submission or a check was graded, in order: its status
 * changes, everything the sandbox reported (test results, program runs, output, trace),
 * and last the feedback.
 */
public sealed interface GradingEvent {

	/** The SSE event name that carries this event. */
	String eventName();

	/** The submission is now queued or running (or queued again for a retry). */
	record StatusChanged(SubmissionStatus status, String message) implements GradingEvent {

		@Override
		public String eventName() {
			return "status";
		}

	}

	/** An event of the sandbox, named as in a run's stream ({@code test}, ...). */
	record FromSandbox(SandboxEvent event) implements GradingEvent {

		@Override
		public String eventName() {
			return this.event.eventName();
		}

	}

	/** The last event: the feedback, graded or failed. */
	record Done(Feedback feedback) implements GradingEvent {

		@Override
		public String eventName() {
			return "done";
		}

	}

}
