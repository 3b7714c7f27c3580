package dev.looplab.runner;

/**
 * One scheduling event as the runner sends it to the server: what happened to which task,
 * at which time of the loop's clock.
 *
 * @param kind what happened, in lower case: {@code created}, {@code started},
 * {@code suspended}, {@code resumed}, {@code finished}, {@code failed},
 * {@code cancelled}, {@code timer_armed}, {@code timer_fired}, {@code loop_blocked},
 * {@code slow_callback} or {@code output}
 * @param task the task's number in order of creation (1 is the main task), 0 for the loop
 * @param taskName the task's name
 * @param waitingOn for {@code suspended}: what the task waits for ({@code timer},
 * {@code task}, {@code lock}, {@code queue}, ...); otherwise empty
 * @param detail more, in words (the awaited task's name, the line printed, ...)
 * @param virtualNanos the loop's clock when it happened (virtual unless the run uses real
 * time)
 * @param spanNanos how long the event lasted ({@code loop_blocked}), otherwise 0
 */
public record TraceRecord(String kind, int task, String taskName, String waitingOn, String detail, long virtualNanos,
		long spanNanos) {

	public TraceRecord {
		taskName = (taskName != null) ? taskName : "";
		waitingOn = (waitingOn != null) ? waitingOn : "";
		detail = (detail != null) ? detail : "";
	}

}
