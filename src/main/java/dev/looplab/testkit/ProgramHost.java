package dev.looplab.testkit;

/**
 * What the sandbox's runner does for {@link Program}: running code as a recorded program
 * run. The runner connects one with {@link Program#connect} before the tests start; tests
 * never use it themselves.
 */
public interface ProgramHost {

	/**
	 * Runs the body as program run {@code number}: announces it to the server, starts the
	 * clock afresh and orders the event loop by the seed, passes every line printed and
	 * every trace event to the listener while it runs, and calls {@link Listener#ended}
	 * when it is over. Returns when the body returned; throws what it threw.
	 * @param number the program run's number, from 1
	 * @param title its title, shown beside its output and timeline
	 * @param seed the seed of a random order, or null for the exercise's own order
	 * @param body the code to run
	 * @param listener what hears the run's lines and trace
	 * @throws Throwable what the body threw
	 */
	void record(int number, String title, Long seed, Body body, Listener listener) throws Throwable;

	/** The learner's main method, called the way the {@code java} launcher would. */
	Body learnerMain();

	/**
	 * Notes that the running test looks at program run {@code number}, so its result can
	 * link to that run.
	 * @param number the program run's number
	 */
	void used(int number);

	/** Code run as a program run. */
	@FunctionalInterface
	interface Body {

		/**
		 * Runs the code.
		 * @throws Throwable what the code threw
		 */
		void run() throws Throwable;

	}

	/** Hears one program run. */
	interface Listener {

		/**
		 * A line the run printed.
		 * @param stderr whether it went to System.err
		 * @param line the line, without its line break
		 * @param seconds the clock when it was printed, from the start of the run
		 */
		void printed(boolean stderr, String line, double seconds);

		/**
		 * An event of the run's trace.
		 * @param entry the event, its time counted from the start of the run
		 */
		void traced(TraceEntry entry);

		/**
		 * The run is over.
		 * @param seconds the clock at its end, from its start
		 */
		void ended(double seconds);

	}

}
