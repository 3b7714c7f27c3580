package dev.looplab.testkit;

/**
 * One event of a program run's trace, as a test sees it.
 *
 * @param kind what happened: {@code created}, {@code started}, {@code suspended},
 * {@code resumed}, {@code finished}, {@code failed}, {@code cancelled},
 * {@code timer_armed}, {@code timer_fired}, {@code loop_blocked}, {@code slow_callback}
 * or {@code output}
 * @param task the task's number in order of creation (1 is the main task), 0 for the loop
 * @param taskName the task's name, or empty
 * @param waitingOn for {@code suspended}, what the task waits on ({@code timer},
 * {@code lock}, {@code semaphore}, {@code queue}, {@code executor}, {@code task}, ...);
 * otherwise empty
 * @param detail more, in words: the line printed ({@code output}), {@code cancelled} on a
 * {@code resumed} that delivers a cancellation, ...
 * @param seconds the loop's clock when it happened, counted from the start of the program
 * run (virtual seconds under the virtual clock)
 */
public record TraceEntry(String kind, int task, String taskName, String waitingOn, String detail, double seconds) {

	public TraceEntry {
		taskName = (taskName != null) ? taskName : "";
		waitingOn = (waitingOn != null) ? waitingOn : "";
		detail = (detail != null) ? detail : "";
	}

}
