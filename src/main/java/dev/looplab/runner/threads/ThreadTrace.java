package dev.looplab.runner.threads;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import dev.looplab.runner.TraceRecord;

/**
 * Tells the timeline what the scheduler does to each thread, with the same event kinds as
 * the event loop's tasks: a thread's lane is its number, named as the JDK names the
 * thread ({@code main}, {@code Thread-0}, or what {@code setName} set).
 */
final class ThreadTrace {

	private final Consumer<TraceRecord> sink;

	private final LongSupplier clock;

	ThreadTrace(Consumer<TraceRecord> sink, LongSupplier clock) {
		this.sink = sink;
		this.clock = clock;
	}

	void created(Strand strand, Strand by) {
		emit("created", strand, "", "started by " + by.name());
	}

	void running(Strand strand) {
		emit(strand.startedOnce ? "resumed" : "started", strand, "", "");
		strand.startedOnce = true;
	}

	/**
	 * The thread stopped running; waitingOn is {@code lock}, {@code wait}, {@code join},
	 * {@code sleep} or {@code ready}.
	 */
	void suspended(Strand strand, String waitingOn, String words) {
		emit("suspended", strand, waitingOn, words);
	}

	void finished(Strand strand, Throwable failure) {
		emit((failure == null) ? "finished" : "failed", strand, "", (failure == null) ? "" : failure.toString());
	}

	void output(Strand strand, String line) {
		emit("output", strand, "", line);
	}

	/** An output event to send later, with the time it happened. */
	TraceRecord outputNow(Strand strand, String line) {
		return new TraceRecord("output", strand.number, strand.name(), "", line, now(), 0);
	}

	/**
	 * main has run since the program began: its lane starts at 0, with the lines it
	 * printed before the first thread started.
	 */
	void mainSince(Strand main, List<TraceRecord> earlier) {
		this.sink.accept(new TraceRecord("started", main.number, main.name(), "", "", 0, 0));
		earlier.forEach(this.sink);
	}

	/** The virtual time as a reader would say it: {@code 1.250 s}. */
	String at(long nanos) {
		return String.format(Locale.ROOT, "%.3f s", nanos / 1e9);
	}

	long now() {
		return this.clock.getAsLong();
	}

	private void emit(String kind, Strand strand, String waitingOn, String detail) {
		this.sink.accept(new TraceRecord(kind, strand.number, strand.name(), waitingOn, detail, now(), 0));
	}

}
