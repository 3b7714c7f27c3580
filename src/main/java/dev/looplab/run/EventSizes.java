package dev.looplab.run;

import dev.looplab.sandbox.SandboxEvent;

/**
 * About how many bytes an event takes when streamed: its text plus a fixed allowance for
 * the field names and the SSE framing. Used to tell how far a reader is behind, so it
 * need not be exact. Public so that gradings, which carry sandbox events too, weigh them
 * the same way.
 */
public final class EventSizes {

	/** The id, the event name, the JSON field names and the line breaks. */
	static final int FRAMING = 64;

	private EventSizes() {
	}

	public static int of(SandboxEvent event) {
		return FRAMING + switch (event) {
			case SandboxEvent.Output output -> length(output.text());
			case SandboxEvent.Trace trace -> 96 + length(trace.kind()) + length(trace.taskName())
					+ length(trace.waitingOn()) + length(trace.detail());
			case SandboxEvent.Diagnostic diagnostic -> 32 + length(diagnostic.message());
			case SandboxEvent.ProgramRun program -> 16 + length(program.title());
			case SandboxEvent.TestResult test -> 64 + length(test.name()) + length(test.message());
			case SandboxEvent.Finished finished -> 64 + length(finished.message());
			case SandboxEvent.Queued _, SandboxEvent.Started _ -> 16;
		};
	}

	/** Characters, a fair guess at UTF-8 bytes for the mostly ASCII text of programs. */
	static int length(String text) {
		return (text != null) ? text.length() : 0;
	}

}
