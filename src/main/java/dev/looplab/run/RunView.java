package dev.looplab.run;

import java.util.ArrayList;
import java.util.List;

import dev.looplab.sandbox.SandboxEvent;
import dev.looplab.sandbox.Verdict;

/**
 * A run as the API shows it, derived from its events: the output joined per stream, the
 * diagnostics, and the result once there is one.
 *
 * @param id the run's id
 * @param status {@code QUEUED} (waiting for a sandbox), {@code RUNNING} or
 * {@code FINISHED}
 * @param verdict how it ended, or null while running
 * @param exitCode the process exit code, or null
 * @param stdout everything printed to stdout, one line per line
 * @param stderr everything printed to stderr
 * @param diagnostics compiler errors
 * @param wallMillis how long the run took, or null while running
 * @param message what happened and what to do, in plain words, or null while running
 * @param trace the event loop's scheduling events, for programs that use the learner
 * runtime (empty otherwise)
 */
public record RunView(String id, String status, Verdict verdict, Integer exitCode, String stdout, String stderr,
		List<DiagnosticView> diagnostics, Long wallMillis, String message, List<TraceView> trace) {

	/** A compiler error at a line and column of the learner's source. */
	public record DiagnosticView(long line, long column, String message) {
	}

	/**
	 * One scheduling event; times in seconds of the loop's clock (virtual unless the run
	 * used real time), {@code atMillis} in real time since the start.
	 */
	public record TraceView(long seq, String kind, int task, String taskName, String waitingOn, String detail,
			double virtualSeconds, double spanSeconds, long atMillis) {

		public static TraceView of(SandboxEvent.Trace trace) {
			return new TraceView(trace.seq(), trace.kind(), trace.task(), trace.taskName(), trace.waitingOn(),
					trace.detail(), trace.virtualMicros() / 1e6, trace.spanMicros() / 1e6, trace.atMillis());
		}

	}

	static RunView of(String id, List<SandboxEvent> events) {
		StringBuilder stdout = new StringBuilder();
		StringBuilder stderr = new StringBuilder();
		List<DiagnosticView> diagnostics = new ArrayList<>();
		List<TraceView> trace = new ArrayList<>();
		SandboxEvent.Finished finished = null;
		String status = "RUNNING";
		for (SandboxEvent event : events) {
			status = (event instanceof SandboxEvent.Queued) ? "QUEUED" : "RUNNING";
			switch (event) {
				case SandboxEvent.Output out when out.channel() == SandboxEvent.Channel.STDOUT ->
					stdout.append(out.text()).append('\n');
				case SandboxEvent.Output out -> stderr.append(out.text()).append('\n');
				case SandboxEvent.Diagnostic d ->
					diagnostics.add(new DiagnosticView(d.line(), d.column(), d.message()));
				case SandboxEvent.Finished f -> finished = f;
				case SandboxEvent.Queued queued -> {
				}
				case SandboxEvent.Started started -> {
				}
				case SandboxEvent.Trace t -> trace.add(TraceView.of(t));
				// Only gradings have these; a run never does.
				case SandboxEvent.ProgramRun _, SandboxEvent.TestResult _ -> {
				}
			}
		}
		if (finished == null) {
			return new RunView(id, status, null, null, stdout.toString(), stderr.toString(), diagnostics, null, null,
					trace);
		}
		return new RunView(id, "FINISHED", finished.verdict(), finished.exitCode(), stdout.toString(),
				stderr.toString(), diagnostics, finished.wallMillis(), finished.message(), trace);
	}

}
