package dev.looplab.sandbox;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import dev.looplab.runner.Protocol;
import dev.looplab.runner.RunnerFrames;
import dev.looplab.runner.TraceRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trace frames as the runner writes them become numbered trace events, and a flood of
 * them is cut at the limit with one marker that says how many were left out.
 */
class TraceFramesTests {

	@Test
	void aFrameTheRunnerWroteBecomesATraceEvent() throws IOException {
		List<SandboxEvent> events = new ArrayList<>();
		TraceFrames traces = new TraceFrames(10);
		EventBudget budget = new EventBudget(SandboxProperties.DEFAULT_EVENT_BUDGET_BYTES, events::add);
		for (Frame frame : written(new TraceRecord("suspended", 2, "alpha", "timer", "1.000 s", 0, 0),
				new TraceRecord("resumed", 2, "alpha", "", "", 1_000_000_000L, 0))) {
			traces.accept(frame, budget);
		}
		budget.finish();

		assertThat(events).hasSize(2);
		SandboxEvent.Trace suspended = (SandboxEvent.Trace) events.get(0);
		assertThat(suspended.seq()).isEqualTo(1);
		assertThat(suspended.kind()).isEqualTo("suspended");
		assertThat(suspended.task()).isEqualTo(2);
		assertThat(suspended.taskName()).isEqualTo("alpha");
		assertThat(suspended.waitingOn()).isEqualTo("timer");
		assertThat(suspended.detail()).isEqualTo("1.000 s");
		SandboxEvent.Trace resumed = (SandboxEvent.Trace) events.get(1);
		assertThat(resumed.seq()).isEqualTo(2);
		assertThat(resumed.virtualMicros()).isEqualTo(1_000_000);
	}

	@Test
	void pastTheLimitTheRestIsCountedAndMarked() throws IOException {
		List<SandboxEvent> events = new ArrayList<>();
		TraceFrames traces = new TraceFrames(3);
		EventBudget budget = new EventBudget(SandboxProperties.DEFAULT_EVENT_BUDGET_BYTES, events::add);
		TraceRecord[] flood = new TraceRecord[10];
		for (int i = 0; i < flood.length; i++) {
			flood[i] = new TraceRecord("resumed", 1, "main", "", "", i, 0);
		}
		for (Frame frame : written(flood)) {
			traces.accept(frame, budget);
		}
		budget.finish();

		assertThat(events).hasSize(4);
		SandboxEvent.Trace marker = (SandboxEvent.Trace) events.get(3);
		assertThat(marker.kind()).isEqualTo("truncated");
		assertThat(marker.seq()).isEqualTo(4);
		assertThat(marker.detail()).contains("cut after 3 events").contains("7 more");
	}

	@Test
	void aFloodOfLongTaskNamesStaysWithinTheEventBudget() throws IOException {
		List<SandboxEvent> events = new ArrayList<>();
		long budgetBytes = 256 * 1024;
		TraceFrames traces = new TraceFrames(TraceFrames.DEFAULT_LIMIT);
		EventBudget budget = new EventBudget(budgetBytes, events::add);
		TraceRecord[] flood = new TraceRecord[5000];
		for (int i = 0; i < flood.length; i++) {
			flood[i] = new TraceRecord("created", i, "n".repeat(500) + i, "", "d".repeat(1000), i, 0);
		}
		for (Frame frame : written(flood)) {
			traces.accept(frame, budget);
		}
		budget.finish();

		assertThat(events.stream().mapToLong(EventBytes::of).sum()).isLessThanOrEqualTo(budgetBytes);
		assertThat(events).allSatisfy((event) -> {
			SandboxEvent.Trace trace = (SandboxEvent.Trace) event;
			assertThat(trace.taskName().length()).isLessThanOrEqualTo(TraceFrames.MAX_NAME_CHARS);
			assertThat(trace.detail().length()).isLessThanOrEqualTo(TraceFrames.MAX_DETAIL_CHARS);
		});
		SandboxEvent.Trace marker = (SandboxEvent.Trace) events.getLast();
		assertThat(marker.kind()).isEqualTo("truncated");
		assertThat(marker.seq()).isEqualTo(events.size());
		assertThat(marker.detail()).contains("cut after " + (events.size() - 1) + " events")
			.contains("256 KiB event budget")
			.contains((flood.length - events.size() + 1) + " more events were left out");
	}

	/**
	 * The runner stops sending past what the server keeps and sends a count instead: the
	 * server keeps exactly the same events, and its marker counts every event.
	 */
	@Test
	void theRunnerSendsNoMoreThanTheServerKeepsAndCountsTheRest() throws IOException {
		long budgetBytes = 64 * 1024;
		TraceRecord[] flood = new TraceRecord[3000];
		for (int i = 0; i < flood.length; i++) {
			flood[i] = new TraceRecord("created", i, "n".repeat(500) + i, "", (i % 7 == 0) ? "d".repeat(900) : "", i,
					0);
		}
		List<SandboxEvent> all = new ArrayList<>();
		EventBudget uncapped = new EventBudget(budgetBytes, all::add);
		TraceFrames traces = new TraceFrames(TraceFrames.DEFAULT_LIMIT);
		for (Frame frame : written(flood)) {
			traces.accept(frame, uncapped);
		}
		uncapped.finish();

		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		RunnerFrames.writeCappedTraces(bytes, EventBudget.traceBytes(budgetBytes), flood);
		DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
		List<SandboxEvent> capped = new ArrayList<>();
		EventBudget budget = new EventBudget(budgetBytes, capped::add);
		int sent = 0;
		for (Frame frame = Frame.read(in); frame != null; frame = Frame.read(in)) {
			if (frame.type() == Protocol.TRACE) {
				sent++;
				traces.accept(frame, budget);
			}
			else {
				assertThat(frame.type()).isEqualTo(Protocol.TRACE_SKIPPED);
				traces.skipped(frame, budget);
			}
		}
		budget.finish();

		// The same events and marker; only the real times differ (two writes).
		assertThat(capped).map(TraceFramesTests::withoutRealTime)
			.isEqualTo(all.stream().map(TraceFramesTests::withoutRealTime).toList());
		assertThat(((SandboxEvent.Trace) capped.getLast()).detail()).contains("more events were left out");
		assertThat(sent).as("frames sent").isLessThan(flood.length / 2);
	}

	private static SandboxEvent.Trace withoutRealTime(SandboxEvent event) {
		SandboxEvent.Trace t = (SandboxEvent.Trace) event;
		return new SandboxEvent.Trace(t.seq(), t.kind(), t.task(), t.taskName(), t.waitingOn(), t.detail(),
				t.virtualMicros(), t.spanMicros(), 0);
	}

	private static List<Frame> written(TraceRecord... records) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		RunnerFrames.writeTraces(bytes, records);
		DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
		List<Frame> frames = new ArrayList<>();
		for (Frame frame = Frame.read(in); frame != null; frame = Frame.read(in)) {
			assertThat(frame.type()).isEqualTo(Protocol.TRACE);
			frames.add(frame);
		}
		return frames;
	}

}
