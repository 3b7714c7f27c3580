package dev.looplab.aio;

/** The kinds of scheduling event in the trace. */
public enum TraceKind {

	/** A task was created (it runs on a later loop iteration). */
	TASK_CREATED,
	/** A task's body began. */
	TASK_STARTED,
	/** A task stopped at an await; {@link TraceEvent#waitsOn()} says on what. */
	TASK_SUSPENDED,
	/** A task continued after an await. */
	TASK_RESUMED,
	/** A task returned. */
	TASK_FINISHED,
	/** A task threw; {@link TraceEvent#detail()} names the exception. */
	TASK_FAILED,
	/** A task ended cancelled. */
	TASK_CANCELLED,
	/** A timer was armed; {@link TraceEvent#untilNanos()} is when it is due. */
	TIMER_ARMED,
	/** A due timer's callback was queued to run. */
	TIMER_FIRED,
	/**
	 * A blocking call stalled the whole loop from the event's time to {@code untilNanos}.
	 */
	LOOP_BLOCKED,
	/** One callback ran for 100 ms or more, like asyncio debug mode's warning. */
	SLOW_CALLBACK

}
