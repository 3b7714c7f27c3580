package dev.looplab.aio;

/** What a suspended task waits on, as recorded in the trace. */
public enum WaitKind {

	/** {@code Aio.sleep} with a delay: a timer. */
	TIMER,
	/** {@code Aio.sleep(0)}: one turn of the loop. */
	YIELD,
	/** Another task. */
	TASK,
	/** A plain future. */
	FUTURE,
	/** {@link Lock#acquire()}. */
	LOCK,
	/** {@link Event#await()}. */
	EVENT,
	/** {@link Condition#await()}. */
	CONDITION,
	/** {@link Semaphore#acquire()}. */
	SEMAPHORE,
	/** {@link Queue#get()}, {@link Queue#put(Object)} or {@link Queue#join()}. */
	QUEUE,
	/** Work on the executor's threads. */
	EXECUTOR,
	/** {@code Aio.gather}. */
	GATHER,
	/** {@code Aio.waitFor}. */
	WAIT_FOR,
	/** {@code Aio.shield}. */
	SHIELD,
	/** The end of a {@link TaskGroup}. */
	TASK_GROUP

}
