package dev.looplab.aio;

import java.util.Locale;

/**
 * One scheduling event of a run.
 *
 * @param seq position in the run's trace, from 1
 * @param kind what happened
 * @param virtualNanos the loop's clock when it happened (virtual time unless the run uses
 * the real clock)
 * @param realNanos real time since the loop started
 * @param taskId the task concerned (ids are 1, 2, ... in creation order), 0 for none
 * @param taskName its name, {@code null} for none
 * @param waitsOn for {@link TraceKind#TASK_SUSPENDED}, what the task waits on; otherwise
 * {@code null}
 * @param untilNanos for timers the due time, for {@link TraceKind#LOOP_BLOCKED} the end
 * of the stall; otherwise -1
 * @param detail a short human-readable addition, or {@code null}
 */
public record TraceEvent(long seq, TraceKind kind, long virtualNanos, long realNanos, int taskId, String taskName,
		WaitKind waitsOn, long untilNanos, String detail) {

	/** A compact form for tests and logs, without real time. */
	public String brief() {
		StringBuilder text = new StringBuilder().append(this.seq).append(' ').append(this.kind);
		text.append(String.format(Locale.ROOT, " t=%.3f", this.virtualNanos / 1e9));
		if (this.taskName != null) {
			text.append(' ').append(this.taskName);
		}
		if (this.waitsOn != null) {
			text.append(" on ").append(this.waitsOn);
		}
		if (this.untilNanos >= 0) {
			text.append(String.format(Locale.ROOT, " until=%.3f", this.untilNanos / 1e9));
		}
		if (this.detail != null) {
			text.append(" (").append(this.detail).append(')');
		}
		return text.toString();
	}

}
