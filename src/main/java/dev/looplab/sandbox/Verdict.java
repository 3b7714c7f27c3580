package dev.looplab.sandbox;

/**
 * How a run ended; exactly one per run.
 */
public enum Verdict {

	/** The program finished on its own with exit code 0. */
	OK,
	/** The source did not compile; the diagnostics say where. */
	COMPILE_ERROR,
	/**
	 * The program threw an exception it did not catch, or exited with a non-zero code.
	 */
	RUNTIME_ERROR,
	/** A time limit ran out and the process was ended. */
	TIME_LIMIT,
	/** The program ran out of memory. */
	MEMORY_LIMIT,
	/** The program printed more than the output cap allows. */
	OUTPUT_LIMIT,
	/** The program uses an API the sandbox does not allow. */
	REJECTED,
	/**
	 * Every thread of the program waited for another and no timer was pending (virtual
	 * clock only); the message names each thread and what it waited for.
	 */
	DEADLOCK,
	/** The sandbox itself failed; not the learner's fault. */
	CRASHED

}
