package dev.looplab.sandbox;

/**
 * Something that happened during a run, in the order it happened. {@code atMillis} is the
 * time since the run started.
 */
public sealed interface SandboxEvent {

	long atMillis();

	/** The SSE event name that carries this event. */
	String eventName();

	/**
	 * One line the program printed (without its line break), or the tail of a line that
	 * never ended.
	 */
	record Output(Channel channel, String text, long atMillis) implements SandboxEvent {

		@Override
		public String eventName() {
			return this.channel.eventName();
		}

	}

	/**
	 * The run is waiting for a sandbox: every slot is busy, or none is started yet.
	 * {@code position} is how many runs are ahead in line, counting this one (0 when it
	 * only waits for a JVM to start).
	 */
	record Queued(int position, long atMillis) implements SandboxEvent {

		@Override
		public String eventName() {
			return "queued";
		}

	}

	/**
	 * The program's code starts running in its sandbox JVM (after compiling and, if it
	 * had to, waiting).
	 */
	record Started(long atMillis) implements SandboxEvent {

		@Override
		public String eventName() {
			return "started";
		}

	}

	/**
	 * A compiler message, pointing at the learner's source (1-based line and column).
	 */
	record Diagnostic(long line, long column, String message, long atMillis) implements SandboxEvent {

		@Override
		public String eventName() {
			return "diagnostic";
		}

	}

	/**
	 * The last event of every run. {@code exitCode} is null when the process never ran or
	 * was killed.
	 */
	record Finished(Verdict verdict, Integer exitCode, long wallMillis, String message,
			long atMillis) implements SandboxEvent {

		@Override
		public String eventName() {
			return "result";
		}

	}

	/** Where an output line was written. */
	enum Channel {

		STDOUT, STDERR;

		public String eventName() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

}
