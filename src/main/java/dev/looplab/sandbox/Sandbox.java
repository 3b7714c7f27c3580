package dev.looplab.sandbox;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import dev.looplab.runner.CompilerProtocol;
import dev.looplab.runner.Protocol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The sandbox's one entry point: compiles a learner's source, runs it (or grades it with
 * an exercise's tests) in a separate JVM and reports everything that happens, ending with
 * exactly one {@link SandboxEvent.Finished}. Each job first waits for its ticket's turn
 * in the {@link SandboxAdmission} line.
 */
@Service
public class Sandbox {

	private static final Logger log = LoggerFactory.getLogger(Sandbox.class);

	/** A compiler message longer than this (a huge identifier quoted) is cut. */
	private static final int MAX_DIAGNOSTIC_CHARS = 2000;

	private final IsolatedCompiler compiler;

	private final ChildJvmPool pool;

	private final RunSupervisor supervisor;

	private final SandboxProperties limits;

	private final SandboxAdmission admission;

	private final KeptJvms kept;

	@Autowired
	Sandbox(IsolatedCompiler compiler, ChildJvmPool pool, RunSupervisor supervisor, SandboxProperties limits,
			SandboxAdmission admission, KeptJvms kept) {
		this.compiler = compiler;
		this.pool = pool;
		this.supervisor = supervisor;
		this.limits = limits;
		this.admission = admission;
		this.kept = kept;
	}

	/**
	 * With a line of its own of the default size and a fresh JVM for every run, for tests
	 * and tools.
	 */
	Sandbox(IsolatedCompiler compiler, ChildJvmPool pool, RunSupervisor supervisor, SandboxProperties limits) {
		this(compiler, pool, supervisor, limits, new SandboxAdmission(), KeptJvms.none());
	}

	/**
	 * Runs the source to the end in real time, after waiting its turn like stored work;
	 * for tests and tools.
	 */
	SandboxEvent.Finished run(String source, Consumer<SandboxEvent> sink) {
		return run(source, Schedule.REAL_TIME, sink);
	}

	/** Runs the source with the schedule, after waiting its turn; for tests and tools. */
	SandboxEvent.Finished run(String source, Schedule schedule, Consumer<SandboxEvent> sink) {
		return run("tool", source, schedule, sink);
	}

	/**
	 * Runs the source as the client's, after waiting its turn like stored work; for tests
	 * and tools.
	 */
	SandboxEvent.Finished run(String client, String source, Schedule schedule, Consumer<SandboxEvent> sink) {
		try (SandboxTicket ticket = this.admission.enterStored(client)) {
			return run(ticket, source, schedule, sink);
		}
	}

	/**
	 * Waits for the ticket's turn, then compiles, checks and runs one source, with the
	 * clock and the event loop's order the schedule asks for; with a virtual clock its
	 * sleeps and clock readings use the event loop's virtual time rather than the real
	 * clock. Passes each event to the sink as it happens (from the calling thread) and
	 * returns the final event, which the sink also receives. The caller closes the
	 * ticket.
	 */
	public SandboxEvent.Finished run(SandboxTicket ticket, String source, Schedule schedule,
			Consumer<SandboxEvent> sink) {
		if (!awaitTurn(ticket, sink)) {
			return interrupted(sink);
		}
		long start = System.nanoTime();
		SandboxEvent.Finished finished = switch (this.compiler.compile(source)) {
			case Compilation.NotCompiled(List<SandboxEvent.Diagnostic> diagnostics) -> {
				long at = millisSince(start);
				report(diagnostics, at, sink);
				yield notCompiled(diagnostics, at);
			}
			case Compilation.Compiled compiled ->
				switch (BytecodeGate.prepare(compiled, source, schedule.virtualClock())) {
					case BytecodeGate.Ready(Compilation.Compiled instrumented) -> execute(
							new Protocol.Job(instrumented.mainClass(), instrumented.classes(),
									CpuBudget.limitFor(this.limits).toMillis(), schedule.virtualClock(),
									schedule.seedOrNone(), Protocol.Tests.NONE,
									EventBudget.traceBytes(this.limits.eventBudgetBytes())),
							JobLimits.forRun(this.limits), sink, start, ticket.client(), keepFor(ticket, compiled));
					case BytecodeGate.Rejected rejected -> rejected.report(sink, millisSince(start));
				};
		};
		sink.accept(finished);
		return finished;
	}

	/** Grades after waiting its turn like stored work; for tests and tools. */
	SandboxEvent.Finished grade(GradeJob job, Consumer<SandboxEvent> sink) {
		try (SandboxTicket ticket = this.admission.enterStored("tool")) {
			return grade(ticket, job, sink);
		}
	}

	/**
	 * Waits for the ticket's turn, then grades a learner's source with an exercise's
	 * tests: compiles them together, checks and instruments only the learner's classes,
	 * and runs the tests on the JUnit Platform inside one sandbox JVM. Passes each event
	 * to the sink as it happens (a {@link SandboxEvent.TestResult} per test as it
	 * finishes) and returns the final event, which the sink also receives; see
	 * {@link GradeJob} for the limits. The caller closes the ticket.
	 */
	public SandboxEvent.Finished grade(SandboxTicket ticket, GradeJob job, Consumer<SandboxEvent> sink) {
		if (!awaitTurn(ticket, sink)) {
			return interrupted(sink);
		}
		long start = System.nanoTime();
		TestTally tally = new TestTally(sink);
		List<CompilerProtocol.SourceFile> files = new ArrayList<>();
		files.add(CompilerProtocol.SourceFile.named(job.source()));
		job.tests().forEach((test) -> files.add(new CompilerProtocol.SourceFile(test.fileName(), test.content())));
		SandboxEvent.Finished ended = switch (GradeCompilation.of(this.compiler.compileFiles(files), job.tests())) {
			case GradeCompilation.LearnerNotCompiled(Compilation.NotCompiled(List<SandboxEvent.Diagnostic> learner)) -> {
				long at = millisSince(start);
				report(learner, at, tally);
				yield notCompiled(learner, at);
			}
			case GradeCompilation.TestsNotCompiled(String message) -> {
				long at = millisSince(start);
				yield new SandboxEvent.Finished(Verdict.COMPILE_ERROR, null, at, message, at);
			}
			case GradeCompilation.Compiled(Compilation.Compiled learner, Protocol.Tests tests) ->
				switch (BytecodeGate.prepare(learner, job.source())) {
					case BytecodeGate.Ready(Compilation.Compiled instrumented) -> {
						JobLimits limits = JobLimits.forGrading(job, this.limits);
						// A grading always has a fresh JVM: nothing of the learner's own
						// runs may be there when the tests run.
						yield execute(
								new Protocol.Job(instrumented.mainClass(), instrumented.classes(),
										limits.cpu().toMillis(), job.schedule().virtualClock(),
										job.schedule().seedOrNone(), tests),
								limits, tally, start, ticket.client(), null);
					}
					case BytecodeGate.Rejected rejected -> rejected.report(tally, millisSince(start));
				};
		};
		SandboxEvent.Finished finished = VerdictRules.graded(ended, tally);
		sink.accept(finished);
		return finished;
	}

	/**
	 * The client for whom the JVM of this run may be kept (and who may have one kept from
	 * before), or null when the run needs a fresh JVM of its own.
	 */
	private String keepFor(SandboxTicket ticket, Compilation.Compiled compiled) {
		return (this.kept.serves(ticket.client()) && ReusableProgram.leavesNothingBehind(compiled.classes()))
				? ticket.client() : null;
	}

	/**
	 * Runs the job in the JVM kept for {@code keepFor} if there is one, else in one from
	 * the pool, and afterwards keeps that JVM for the client's next run when the run
	 * ended cleanly.
	 */
	private SandboxEvent.Finished execute(Protocol.Job job, JobLimits jobLimits, Consumer<SandboxEvent> sink,
			long start, String client, String keepFor) {
		long compiled = System.nanoTime();
		ChildJvm child = (keepFor != null) ? this.kept.take(keepFor) : null;
		boolean reused = child != null;
		// A client who has kept sandboxes busy lately (a flood of heavy runs) gets a
		// smaller share of contended cores than one running a small program now and then,
		// and while others wait for a sandbox, starts its own JVM rather than take a warm
		// one that someone else's run needs. Alone on the server it is served as anyone.
		double share = this.admission.cpuShare(client);
		if (!reused) {
			boolean own = share < 1.0 && this.admission.waiting() > 0;
			if (own || this.pool.readyCount() == 0) {
				// No warm JVM for this run: it waits for one to start.
				sink.accept(new SandboxEvent.Queued(0, 0));
			}
			try {
				child = own ? this.pool.startOwn() : this.pool.lease();
			}
			catch (IOException ex) {
				return VerdictRules.crashed(null, millisSince(start),
						"no sandbox JVM could be started: " + ex.getMessage());
			}
			if (this.admission.waiting() > 0) {
				// Others wait for a sandbox: start their JVM now, while this run goes,
				// rather than after it, or each of them pays a cold start when its turn
				// comes.
				this.pool.topUp();
			}
		}
		long leased = System.nanoTime();
		child.cpuShare(share);
		RunEnding end;
		sink.accept(new SandboxEvent.Started(0));
		try {
			end = this.supervisor.supervise(child, job, jobLimits.wall(), sink);
		}
		finally {
			// Refill only now, so that starting the next JVM does not compete with this
			// run for the CPU.
			this.pool.topUp();
		}
		log.debug("Compiled and checked in {} ms, waited {} ms for a sandbox JVM, ran in {} ms{}; client {}",
				TimeUnit.NANOSECONDS.toMillis(compiled - start), TimeUnit.NANOSECONDS.toMillis(leased - compiled),
				millisSince(leased), reused ? " (a kept JVM, run " + child.jobsTaken() + ")" : "", client);
		SandboxEvent.Finished finished = job.grades()
				? VerdictRules.decideGrading(end, this.limits, jobLimits, millisSince(start))
				: VerdictRules.decide(end, this.limits, jobLimits, millisSince(start));
		if (keepFor != null && endedCleanly(end)) {
			this.kept.keep(keepFor, child);
		}
		else {
			this.supervisor.release(child);
		}
		return finished;
	}

	/**
	 * Whether the program ended on its own, as the runner reported, without the server
	 * stopping it or the memory cgroup stepping in.
	 */
	private static boolean endedCleanly(RunEnding end) {
		return end.exit() != null && end.killedFor() == null && !end.memoryCgroupKill()
				&& Protocol.Ending.ON_ITS_OWN.contains(end.exit().ending());
	}

	/** Whether the turn came; false when the thread was interrupted while it waited. */
	private boolean awaitTurn(SandboxTicket ticket, Consumer<SandboxEvent> sink) {
		try {
			this.admission.awaitTurn(ticket, sink);
			log.debug("Waited {} ms in line for a sandbox; client {}",
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - ticket.enteredNanos()), ticket.client());
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static SandboxEvent.Finished interrupted(Consumer<SandboxEvent> sink) {
		SandboxEvent.Finished finished = VerdictRules.crashed(null, 0,
				"the server stopped while this program waited for a sandbox");
		sink.accept(finished);
		return finished;
	}

	/**
	 * The compiler's messages, within the event budget, each cut to a readable length.
	 */
	private void report(List<SandboxEvent.Diagnostic> diagnostics, long at, Consumer<SandboxEvent> sink) {
		EventBudget budget = new EventBudget(this.limits.eventBudgetBytes(), sink);
		diagnostics.forEach((d) -> budget.offer(new SandboxEvent.Diagnostic(d.line(), d.column(),
				TraceFrames.shorten(d.message(), MAX_DIAGNOSTIC_CHARS), at)));
	}

	private static SandboxEvent.Finished notCompiled(List<SandboxEvent.Diagnostic> diagnostics, long at) {
		SandboxEvent.Diagnostic first = diagnostics.getFirst();
		String said = first.message().strip();
		String sentence = said.endsWith(".") ? said : said + ".";
		String message = "The code does not compile: %d error%s. The first is on line %d: %s Fix it and run again."
			.formatted(diagnostics.size(), (diagnostics.size() == 1) ? "" : "s", first.line(), sentence);
		return new SandboxEvent.Finished(Verdict.COMPILE_ERROR, null, at, message, at);
	}

	private static long millisSince(long start) {
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
	}

	/**
	 * How a program's event loop runs: on the virtual or the real clock, and in asyncio's
	 * order (no seed) or a random order that the seed makes repeatable.
	 *
	 * @param virtualClock whether sleeps and clock readings use virtual time
	 * @param seed the seed of a random order, or null for asyncio's first-in, first-out
	 */
	public record Schedule(boolean virtualClock, Long seed) {

		static final Schedule REAL_TIME = new Schedule(false, null);

		long seedOrNone() {
			return (this.seed != null) ? this.seed : Protocol.Job.NO_SEED;
		}

	}

}
