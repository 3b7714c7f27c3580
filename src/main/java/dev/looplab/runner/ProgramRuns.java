package dev.looplab.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;

import dev.looplab.aio.Aio;
import dev.looplab.aio.SchedulingStrategy;
import dev.looplab.aio.VirtualClock;
import dev.looplab.testkit.ProgramHost;
import dev.looplab.testkit.TraceEntry;

/**
 * The runner's side of the test kit's program runs: each one is announced to the server,
 * gets a fresh clock (virtual time starts again at 0) and the loop order it asks for, and
 * has its lines and trace both streamed as in a plain run and handed to the test kit.
 */
final class ProgramRuns implements ProgramHost {

	private final Protocol.Job job;

	private final LearnerLauncher launcher;

	private final FrameWriter frames;

	private final LineStream out;

	private final LineStream err;

	private final LoopTrace trace;

	/** The program run the running test looked at last, 0 for none. */
	private volatile int usedByTest;

	ProgramRuns(Protocol.Job job, LearnerLauncher launcher, FrameWriter frames, LineStream out, LineStream err,
			LoopTrace trace) {
		this.job = job;
		this.launcher = launcher;
		this.frames = frames;
		this.out = out;
		this.err = err;
		this.trace = trace;
	}

	@Override
	public void record(int number, String title, Long seed, Body body, Listener listener) throws Throwable {
		try {
			this.frames.programRun(number, title);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// An interrupt the program aimed at the thread that runs the tests ends with the
		// program run it was sent in: it must not cut short the tests' own work.
		Thread.interrupted();
		long start = System.nanoTime();
		VirtualClock clock = this.job.virtualClock() ? VirtualClock.install() : null;
		long order = (seed != null) ? seed : this.job.seed();
		Aio.configure(
				(order == Protocol.Job.NO_SEED) ? SchedulingStrategy.fifo() : SchedulingStrategy.randomOrder(order),
				this.trace);
		LineStream.LineTap lines = (stderr, text) -> listener.printed(stderr, text, seconds(clock, start));
		this.out.tapLines(lines);
		this.err.tapLines(lines);
		this.trace.tap((event) -> listener.traced(entry(event)));
		try {
			body.run();
			NonDaemonThreads.awaitAll();
		}
		catch (Throwable ex) {
			System.err.print("Exception in thread \"main\" ");
			LearnerStackTrace.print(ex, this.launcher.learnerClasses(), this.launcher.testClasses(), System.err);
			throw ex;
		}
		finally {
			this.out.finish();
			this.err.finish();
			this.out.tapLines(null);
			this.err.tapLines(null);
			this.trace.tap(null);
			Thread.interrupted();
			listener.ended(seconds(clock, start));
		}
	}

	@Override
	public Body learnerMain() {
		return () -> {
			try {
				this.launcher.invokeMain();
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
	}

	@Override
	public void used(int number) {
		this.usedByTest = number;
	}

	/** Forgets the program run of the last test: a new test starts. */
	void testStarts() {
		this.usedByTest = 0;
	}

	int usedByTest() {
		return this.usedByTest;
	}

	/**
	 * The run's clock: virtual time since it was installed, or real time since the run
	 * began.
	 */
	private static double seconds(VirtualClock clock, long start) {
		return ((clock != null) ? clock.nanos() : System.nanoTime() - start) / 1e9;
	}

	private static TraceEntry entry(TraceRecord event) {
		return new TraceEntry(event.kind(), event.task(), event.taskName(), event.waitingOn(), event.detail(),
				event.virtualNanos() / 1e9);
	}

}
