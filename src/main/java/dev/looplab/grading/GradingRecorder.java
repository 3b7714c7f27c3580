package dev.looplab.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.looplab.sandbox.SandboxEvent;

/**
 * Listens to one grading in the sandbox: passes every event on as it happens and keeps
 * what the feedback needs, the test results, the compiler's messages and each program
 * run's output and trace (an Output or Trace belongs to the program run announced last).
 */
final class GradingRecorder implements Consumer<SandboxEvent> {

	private final Consumer<SandboxEvent> downstream;

	private final List<SandboxEvent.TestResult> results = new ArrayList<>();

	private final List<SandboxEvent.Diagnostic> diagnostics = new ArrayList<>();

	private final List<ProgramRunEvents> programRuns = new ArrayList<>();

	GradingRecorder(Consumer<SandboxEvent> downstream) {
		this.downstream = downstream;
	}

	@Override
	public void accept(SandboxEvent event) {
		switch (event) {
			case SandboxEvent.TestResult result -> this.results.add(result);
			case SandboxEvent.Diagnostic diagnostic -> this.diagnostics.add(diagnostic);
			case SandboxEvent.ProgramRun run -> this.programRuns.add(new ProgramRunEvents(run));
			case SandboxEvent.Output output when !this.programRuns.isEmpty() ->
				this.programRuns.getLast().events.add(output);
			case SandboxEvent.Trace trace when !this.programRuns.isEmpty() ->
				this.programRuns.getLast().events.add(trace);
			default -> {
				// Output before any program run (a test's own printing), queue notices
				// and
				// the end: streamed, not kept.
			}
		}
		this.downstream.accept(event);
	}

	List<SandboxEvent.TestResult> results() {
		return List.copyOf(this.results);
	}

	List<SandboxEvent.Diagnostic> diagnostics() {
		return List.copyOf(this.diagnostics);
	}

	List<RecordedProgramRun> programRuns() {
		return this.programRuns.stream()
			.map((run) -> new RecordedProgramRun(run.start.number(), run.start.title(), run.events))
			.toList();
	}

	private record ProgramRunEvents(SandboxEvent.ProgramRun start, List<SandboxEvent> events) {

		ProgramRunEvents(SandboxEvent.ProgramRun start) {
			this(start, new ArrayList<>());
		}

	}

}
