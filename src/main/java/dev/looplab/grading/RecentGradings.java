package dev.looplab.grading;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.looplab.sandbox.EventBytes;
import dev.looplab.sandbox.SandboxEvent;

/**
 * The gradings (or checks) held in memory: every one not yet done, and as many done ones
 * as fit in a bound on the bytes of their events and feedback. A done submission that no
 * longer fits is rebuilt from its record when asked for (a check is gone: it was never
 * stored). Counting them instead would let a few heavy ones take the heap.
 */
final class RecentGradings {

	/** What a grading weighs besides its events: the objects that hold them. */
	private static final long OVERHEAD = 512;

	private final Map<String, LiveGrading> going = new ConcurrentHashMap<>();

	private final Cache<String, LiveGrading> done;

	RecentGradings(long maxBytes) {
		this.done = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((String id, LiveGrading grading) -> weight(grading))
			// Evict on the caller's thread, so the bound holds when put returns.
			.executor(Runnable::run)
			.build();
	}

	/** Holds a grading: with those going until it is done, else with the done ones. */
	void put(LiveGrading grading) {
		if (grading.isDone()) {
			this.done.put(grading.id(), grading);
			this.going.remove(grading.id());
		}
		else {
			this.going.put(grading.id(), grading);
			this.done.invalidate(grading.id());
		}
	}

	Optional<LiveGrading> find(String id) {
		LiveGrading grading = this.going.get(id);
		return (grading != null) ? Optional.of(grading) : Optional.ofNullable(this.done.getIfPresent(id));
	}

	/** The weight of the done gradings held, in bytes. */
	long doneBytes() {
		this.done.cleanUp();
		return this.done.policy().eviction().map((eviction) -> eviction.weightedSize().orElse(0)).orElse(0L);
	}

	static int weight(LiveGrading grading) {
		long bytes = OVERHEAD;
		for (GradingEvent event : grading.events()) {
			bytes += switch (event) {
				case GradingEvent.FromSandbox(SandboxEvent sandboxEvent) -> EventBytes.of(sandboxEvent);
				case GradingEvent.StatusChanged changed -> OVERHEAD + changed.message().length();
				case GradingEvent.Done(Feedback feedback) -> weight(feedback);
			};
		}
		return (int) Math.min(bytes, Integer.MAX_VALUE);
	}

	private static long weight(Feedback feedback) {
		long bytes = OVERHEAD + ((feedback.message() != null) ? feedback.message().length() : 0);
		for (TestOutcome test : feedback.tests()) {
			bytes += OVERHEAD + test.name().length() + test.message().length();
		}
		for (RecordedProgramRun run : feedback.programRuns()) {
			bytes += OVERHEAD + run.events().stream().mapToLong(EventBytes::of).sum();
		}
		for (SandboxEvent.Diagnostic diagnostic : feedback.diagnostics()) {
			bytes += EventBytes.of(diagnostic);
		}
		return bytes;
	}

}
