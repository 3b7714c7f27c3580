package dev.looplab.aio;

/** Numbers and stamps the loop's {@link TraceEvent}s and hands them to the sink. */
final class Tracer {

	final boolean on;

	private final TraceSink sink;

	private final LoopClock clock;

	private final long realStart = System.nanoTime();

	private long seq;

	Tracer(TraceSink sink, LoopClock clock) {
		this.sink = sink;
		this.on = sink.enabled();
		this.clock = clock;
	}

	void emit(TraceKind kind, Task<?> task, WaitKind waitsOn, long untilNanos, String detail) {
		if (this.on) {
			emit(kind, this.clock.nanos(), task, waitsOn, untilNanos, detail);
		}
	}

	void emit(TraceKind kind, long virtualNanos, Task<?> task, WaitKind waitsOn, long untilNanos, String detail) {
		if (this.on) {
			this.sink.accept(new TraceEvent(++this.seq, kind, virtualNanos, System.nanoTime() - this.realStart,
					(task != null) ? task.id() : 0, (task != null) ? task.getName() : null, waitsOn, untilNanos,
					detail));
		}
	}

}
