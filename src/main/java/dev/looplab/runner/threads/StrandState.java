package dev.looplab.runner.threads;

/** Where a learner thread is in its life under the scheduler. */
enum StrandState {

	/** Started, or woken, and waiting for its turn. */
	READY,
	/** Holds the baton. */
	RUNNING,
	/** Waits to enter a monitor another thread holds. */
	BLOCKED,
	/** Waits in {@code wait} or {@code join}; an interrupt wakes it. */
	WAITING,
	/** Sleeps until its timer is due; an interrupt wakes it. */
	SLEEPING,
	/** Its {@code run} returned or threw. */
	FINISHED

}
