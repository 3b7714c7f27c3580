package dev.looplab.aio;

/** Every task waits and nothing can wake one: asyncio would hang here for ever. */
final class LoopStalled extends IllegalStateException {

	LoopStalled() {
		super("Every task is waiting and nothing can wake any of them: no timer is armed and no executor"
				+ " job is running (asyncio would hang here for ever).");
	}

}
