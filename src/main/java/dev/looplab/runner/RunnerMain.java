package dev.looplab.runner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;

import dev.looplab.aio.Aio;
import dev.looplab.aio.SchedulingStrategy;
import dev.looplab.aio.VirtualClock;
import dev.looplab.runner.threads.ThreadScheduler;

/**
 * Entry point of a sandbox JVM. It warms itself up, tells the server it is ready, then
 * waits for a job, runs it (or, for a graded job, runs its tests against it) with
 * System.out and System.err turned into protocol frames, and reports how it ended. After
 * a plain job that ended on its own and left nothing behind, it puts the JVM back as it
 * was ({@link CleanSlate}), says it is ready again and waits for the same learner's next
 * job (ADR 20); otherwise, or when the server closes its stdin, it halts.
 */
public final class RunnerMain {

	private RunnerMain() {
	}

	public static void main(String[] args) throws IOException {
		FrameWriter frames = new FrameWriter(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
		LineStream out = new LineStream(frames, Protocol.STDOUT);
		LineStream err = new LineStream(frames, Protocol.STDERR);
		Warmup.run();
		DataInputStream jobInput = new DataInputStream(new BufferedInputStream(System.in));
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
		// Lines still buffered when the program exits on its own are sent before the JVM
		// goes.
		// Named, so that it does not take the name Thread-0 from the learner's first
		// thread.
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			out.finish();
			err.finish();
		}, "looplab-flush"));
		Budget.prepare(new BudgetStop(frames, out, err));
		CleanSlate slate = CleanSlate.take();
		frames.ready(BudgetClock.processCpuMillis());
		for (boolean first = true;; first = false) {
			Protocol.Job job = nextJob(jobInput, frames, first);
			Outcome outcome = runJob(job, frames, out, err);
			out.finish();
			err.finish();
			int code = (outcome.ending() == Protocol.Ending.RETURNED) ? 0 : 1;
			frames.exit(code, outcome.ending(), outcome.detail());
			if (job.grades() || !outcome.endedOnItsOwn()) {
				Runtime.getRuntime().halt(code);
			}
			Budget.disarm();
			if (!slate.restore()) {
				Runtime.getRuntime().halt(code);
			}
			frames.ready(BudgetClock.processCpuMillis());
		}
	}

	/**
	 * The next job; halts when there is none: quietly when the server closes stdin after
	 * a job (it wants no more), with a broken-job frame when the first cannot be read.
	 */
	private static Protocol.Job nextJob(DataInputStream jobInput, FrameWriter frames, boolean first)
			throws IOException {
		try {
			return Protocol.Job.readFrom(jobInput);
		}
		catch (IOException | RuntimeException ex) {
			if (first) {
				frames.exit(70, Protocol.Ending.BROKEN_JOB, String.valueOf(ex));
			}
			Runtime.getRuntime().halt(first ? 70 : 0);
			throw new IllegalStateException("halted", ex);
		}
	}

	private static Outcome runJob(Protocol.Job job, FrameWriter frames, LineStream out, LineStream err)
			throws IOException {
		System.setIn(new ByteArrayInputStream(new byte[0]));
		LearnerLauncher launcher;
		try {
			launcher = new LearnerLauncher(job);
		}
		catch (RuntimeException ex) {
			frames.exit(70, Protocol.Ending.BROKEN_JOB, String.valueOf(ex));
			Runtime.getRuntime().halt(70);
			throw ex;
		}
		LoopTrace trace = new LoopTrace(frames, job.traceBudgetBytes());
		out.attributeLinesWith(trace);
		err.attributeLinesWith(trace);
		if (job.grades()) {
			// Each program run of the tests sets its own clock and order.
			frames.started();
			return grade(job, launcher, new ProgramRuns(job, launcher, frames, out, err, trace), frames);
		}
		Aio.configure((job.seed() == Protocol.Job.NO_SEED) ? SchedulingStrategy.fifo()
				: SchedulingStrategy.randomOrder(job.seed()), trace);
		ThreadScheduler threads = null;
		if (job.virtualClock()) {
			// The learner's own threads run one at a time on the virtual clock.
			threads = ThreadScheduler.install((job.seed() == Protocol.Job.NO_SEED) ? null : job.seed(),
					VirtualClock.install(), trace::send, (report) -> deadlocked(report, frames, out, err));
			// A thread that throws is reported as main is: the learner's frames, not the
			// scheduler's.
			Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
				System.err.print("Exception in thread \"" + thread.getName() + "\" ");
				LearnerStackTrace.print(error, launcher.learnerClasses(), launcher.testClasses(), System.err);
			});
		}
		frames.started();
		Budget.arm(job.cpuLimitMillis(), launcher.learnerClasses());
		Outcome outcome = launch(launcher);
		if (threads != null) {
			threads.mainEnded();
		}
		NonDaemonThreads.awaitAll();
		trace.reportSkipped();
		return outcome;
	}

	/**
	 * Every learner thread waits and none can wake the others: ends the run here, from
	 * the thread that found it, since main may be one of them.
	 */
	private static void deadlocked(String report, FrameWriter frames, LineStream out, LineStream err) {
		out.finish();
		err.finish();
		try {
			frames.exit(1, Protocol.Ending.DEADLOCK, report);
		}
		catch (IOException ex) {
			// The server stopped listening: nothing more to tell it.
		}
		Runtime.getRuntime().halt(1);
	}

	private static Outcome launch(LearnerLauncher launcher) {
		try {
			launcher.invokeMain();
			return new Outcome(Protocol.Ending.RETURNED, "");
		}
		catch (NoSuchMethodException ex) {
			return new Outcome(Protocol.Ending.NO_MAIN, ex.getMessage());
		}
		catch (InvocationTargetException ex) {
			return threw(ex.getCause(), launcher);
		}
		catch (ReflectiveOperationException | LinkageError ex) {
			return threw(ex, launcher);
		}
	}

	/**
	 * Runs the tests; the program ran as far as the tests took it, so the JVM's own
	 * ending is RETURNED unless the tests could not be started at all.
	 */
	private static Outcome grade(Protocol.Job job, LearnerLauncher launcher, ProgramRuns programs, FrameWriter frames) {
		try {
			// The budget counts from the first test: finding the tests is JUnit's work.
			int tests = TestRun.run(job, launcher, programs, frames,
					() -> Budget.arm(job.cpuLimitMillis(), launcher.learnerClasses()));
			return new Outcome(Protocol.Ending.RETURNED, tests + ((tests == 1) ? " test" : " tests"));
		}
		catch (ClassNotFoundException | LinkageError | RuntimeException ex) {
			return new Outcome(Protocol.Ending.BROKEN_JOB, "the tests could not be started: " + ex);
		}
	}

	private static Outcome threw(Throwable error, LearnerLauncher launcher) {
		System.err.print("Exception in thread \"main\" ");
		LearnerStackTrace.print(error, launcher.learnerClasses(), launcher.testClasses(), System.err);
		return new Outcome(Protocol.Ending.THREW, String.valueOf(error));
	}

	private record Outcome(Protocol.Ending ending, String detail) {

		/**
		 * Whether the program ended on its own (main returned or threw, or there was none
		 * to call), rather than the job being broken.
		 */
		boolean endedOnItsOwn() {
			return Protocol.Ending.ON_ITS_OWN.contains(this.ending);
		}

	}

}
