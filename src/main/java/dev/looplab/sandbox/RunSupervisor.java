package dev.looplab.sandbox;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import dev.looplab.runner.Protocol;

import org.springframework.stereotype.Component;

/**
 * Watches one program in a sandbox JVM: forwards its output as events the moment they
 * arrive, enforces the wall-clock limit and the output cap by killing the process, and
 * gathers what is needed to decide the verdict.
 */
@Component
class RunSupervisor {

	private final ScheduledExecutorService watchdogs = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("sandbox-watchdog").daemon().factory());

	/** How long a JVM at the wall limit has to send its last partial lines. */
	private static final long TERMINATION_GRACE_MILLIS = 250;

	private final SandboxProperties limits;

	RunSupervisor(SandboxProperties limits) {
		this.limits = limits;
	}

	RunEnding supervise(ChildJvm child, Protocol.Job job, Consumer<SandboxEvent> sink) {
		return supervise(child, job, this.limits.wallLimit(), sink);
	}

	/** Supervises a job with a wall-clock limit of its own (a grading's). */
	RunEnding supervise(ChildJvm child, Protocol.Job job, Duration wallLimit, Consumer<SandboxEvent> sink) {
		AtomicReference<Verdict> killedFor = new AtomicReference<>();
		ScheduledFuture<?> watchdog = this.watchdogs.schedule(() -> stopAtWallLimit(child, killedFor),
				wallLimit.toMillis(), TimeUnit.MILLISECONDS);
		long printed = 0;
		RunEnding.Exit exit = null;
		String fault = null;
		String stray = "";
		TraceFrames traces = new TraceFrames(TraceFrames.DEFAULT_LIMIT);
		EventBudget budget = new EventBudget(this.limits.eventBudgetBytes(), sink);
		try {
			child.send(job);
			for (Frame frame = child.next(); frame != null; frame = (exit == null) ? child.next() : null) {
				switch (frame.type()) {
					case Protocol.STDOUT, Protocol.STDERR -> printed = output(frame, printed, budget, child, killedFor);
					// The runner's last word: it halts right after, so the run is decided
					// now rather than when the JVM and its wrappers have finished
					// exiting.
					case Protocol.EXIT -> exit = RunEnding.Exit.parse(frame.payload());
					case Protocol.TRACE -> traces.accept(frame, budget);
					case Protocol.TRACE_SKIPPED -> traces.skipped(frame, budget);
					case Protocol.PROGRAM_RUN, Protocol.TEST_RESULT -> budget.offer(GradingFrames.parse(frame));
					case Protocol.STARTED -> {
					}
					default -> throw new IOException("Unknown frame type " + frame.type());
				}
			}
		}
		catch (Frame.NotAFrame ex) {
			stray = child.strayText(ex);
		}
		catch (IOException ex) {
			if (killedFor.get() == null) {
				fault = ex.getMessage();
				child.kill();
			}
		}
		finally {
			watchdog.cancel(false);
			budget.finish();
		}
		Integer exitCode = (exit != null) ? exit.code() : awaitExit(child);
		String jvmOutput = (child.stderr().text() + "\n" + stray).strip();
		if (exit == null && killedFor.get() == null && fault == null && !stray.isEmpty()
				&& !jvmOutput.contains("OutOfMemoryError")) {
			fault = "the JVM printed: " + stray.lines().findFirst().orElse("");
		}
		return new RunEnding(killedFor.get(), exit, exitCode, jvmOutput, fault, printed, child.hitMemoryLimit(),
				budget.outputCut());
	}

	private long output(Frame frame, long printed, EventBudget budget, ChildJvm child,
			AtomicReference<Verdict> killedFor) {
		if (killedFor.get() == Verdict.OUTPUT_LIMIT) {
			return printed;
		}
		ByteBuffer payload = ByteBuffer.wrap(frame.payload());
		long nanos = payload.getLong();
		int length = payload.remaining();
		// A line counts with its line break, so the cap bounds what the learner sees.
		long room = this.limits.outputLimitBytes() - printed - 1;
		int kept = (int) Math.min(length, Math.max(0, room));
		if (room >= 0) {
			String text = new String(frame.payload(), 8, kept, StandardCharsets.UTF_8);
			SandboxEvent.Channel channel = (frame.type() == Protocol.STDOUT) ? SandboxEvent.Channel.STDOUT
					: SandboxEvent.Channel.STDERR;
			if (!budget.offer(new SandboxEvent.Output(channel, text, nanos / 1_000_000))) {
				// Many short lines weigh more stored than their text: the event budget
				// ends the run as the output cap would.
				stop(child, killedFor, Verdict.OUTPUT_LIMIT);
				return printed;
			}
		}
		if (kept < length || room < 0) {
			stop(child, killedFor, Verdict.OUTPUT_LIMIT);
			return printed + kept;
		}
		return printed + kept + 1;
	}

	private static void stop(ChildJvm child, AtomicReference<Verdict> killedFor, Verdict reason) {
		if (killedFor.compareAndSet(null, reason) || reason == Verdict.OUTPUT_LIMIT) {
			child.kill();
		}
	}

	/**
	 * Asks the JVM to end first, so that its shutdown hook sends the line the program was
	 * still printing (progress dots, a prompt); kills it if it takes longer than a
	 * moment.
	 */
	private void stopAtWallLimit(ChildJvm child, AtomicReference<Verdict> killedFor) {
		if (killedFor.compareAndSet(null, Verdict.TIME_LIMIT)) {
			child.terminate();
			this.watchdogs.schedule(child::kill, TERMINATION_GRACE_MILLIS, TimeUnit.MILLISECONDS);
		}
	}

	/**
	 * Lets a JVM go after its job: tells it no other job comes, and kills it if it is
	 * still there after a moment.
	 */
	void release(ChildJvm child) {
		child.endJobs();
		this.watchdogs.schedule(() -> {
			if (child.isAlive()) {
				child.kill();
			}
		}, 2, TimeUnit.SECONDS);
	}

	private static Integer awaitExit(ChildJvm child) {
		try {
			if (child.process().waitFor(2, TimeUnit.SECONDS)) {
				return child.process().exitValue();
			}
			child.kill();
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			child.kill();
			return null;
		}
	}

}
