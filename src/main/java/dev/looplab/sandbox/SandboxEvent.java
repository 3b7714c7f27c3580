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
	 * {@code position} is its place in the one line of runs, checks and gradings (1 is
	 * next; sent again each time it moves up), or 0 when it only waits for a JVM to
	 * start. {@code atMillis} is how long it has waited so far.
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

	/**
	 * A scheduling event of the learner runtime's event loop: a task created, started,
	 * suspended (and on what), resumed, finished, failed or cancelled; a timer armed or
	 * fired; the loop blocked; the task that printed a line. The last one of a run whose
	 * trace was cut short has the kind {@code truncated}.
	 *
	 * @param seq its number in the run's trace, from 1
	 * @param kind what happened, in lower case ({@code suspended}, {@code loop_blocked},
	 * ...)
	 * @param task the task's number in order of creation (1 is the main task), 0 for the
	 * loop
	 * @param taskName the task's name
	 * @param waitingOn what a suspended task waits for ({@code timer}, {@code task},
	 * {@code lock}, ...), or empty
	 * @param detail more, in words
	 * @param virtualMicros the loop's clock (virtual time unless the run uses real time)
	 * @param spanMicros how long it lasted ({@code loop_blocked}), otherwise 0
	 * @param atMillis real time since the program started
	 */
	record Trace(long seq, String kind, int task, String taskName, String waitingOn, String detail, long virtualMicros,
			long spanMicros, long atMillis) implements SandboxEvent {

		@Override
		public String eventName() {
			return "trace";
		}

	}

	/**
	 * Grading: a program run of the tests begins. The {@link Output} and {@link Trace}
	 * events after it belong to this run until the next one; each run's trace times count
	 * from its own start.
	 *
	 * @param number the run's number, from 1
	 * @param title what it runs: {@code main()}, {@code main() with seed 7}, or a title
	 * the test gave it
	 */
	record ProgramRun(int number, String title, long atMillis) implements SandboxEvent {

		@Override
		public String eventName() {
			return "program";
		}

	}

	/**
	 * Grading: one test finished.
	 *
	 * @param name the test's display name, or its method's name
	 * @param passed whether it passed
	 * @param points the points earned (0 unless it passed)
	 * @param maxPoints the points it is worth
	 * @param message why it failed, written for the learner; empty when it passed
	 * @param programRun the program run it looked at last, 0 for none
	 */
	record TestResult(String name, boolean passed, int points, int maxPoints, String message, int programRun,
			long atMillis) implements SandboxEvent {

		@Override
		public String eventName() {
			return "test";
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
