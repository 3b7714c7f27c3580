package dev.looplab.sandbox;

/**
 * What one event costs once stored: the length of its JSON form (as the run records write
 * it), estimated without writing it. Strings count as JSON escapes them, so a line of
 * control characters weighs six bytes a character, as it will on disk. The same figure
 * stands for its weight in memory, which is of the same order.
 */
public final class EventBytes {

	/** Field names, quotes and numbers of an output line. */
	private static final int OUTPUT_OVERHEAD = 45;

	/** Field names, quotes and numbers of a trace event (nine fields). */
	private static final int TRACE_OVERHEAD = 150;

	/** Any other kind of event. */
	private static final int OTHER_OVERHEAD = 120;

	private EventBytes() {
	}

	public static long of(SandboxEvent event) {
		return switch (event) {
			case SandboxEvent.Output out -> OUTPUT_OVERHEAD + json(out.text());
			case SandboxEvent.Trace t ->
				TRACE_OVERHEAD + json(t.kind()) + json(t.taskName()) + json(t.waitingOn()) + json(t.detail());
			case SandboxEvent.Diagnostic d -> OTHER_OVERHEAD + json(d.message());
			case SandboxEvent.Finished f -> OTHER_OVERHEAD + json(f.message());
			case SandboxEvent.ProgramRun p -> OTHER_OVERHEAD + json(p.title());
			case SandboxEvent.TestResult t -> OTHER_OVERHEAD + json(t.name()) + json(t.message());
			case SandboxEvent.Queued _, SandboxEvent.Started _ -> OTHER_OVERHEAD;
		};
	}

	/** The bytes of a string in JSON: UTF-8, with escapes. */
	static long json(String text) {
		if (text == null) {
			return 4;
		}
		long bytes = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20) {
				bytes += 6;
			}
			else if (c == '"' || c == '\\') {
				bytes += 2;
			}
			else if (c < 0x80) {
				bytes += 1;
			}
			else if (c < 0x800 || Character.isSurrogate(c)) {
				// A surrogate pair makes four bytes, two per half.
				bytes += 2;
			}
			else {
				bytes += 3;
			}
		}
		return bytes;
	}

}
