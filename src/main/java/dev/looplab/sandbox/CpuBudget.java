package dev.looplab.sandbox;

import java.time.Duration;

/**
 * How much CPU time a program may use before the runner ends it: half the wall-clock
 * limit (7.5 s of the default 15 s). A program that computes without end is then stopped
 * by the runner, which can say on which line it was, well before the server's wall-clock
 * limit kills it blind, even when the sandbox gets only part of a core; the wall-clock
 * limit remains for programs that wait without end.
 */
final class CpuBudget {

	private CpuBudget() {
	}

	static Duration limitFor(SandboxProperties limits) {
		return limits.wallLimit().dividedBy(2);
	}

}
