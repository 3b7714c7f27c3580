package dev.looplab.run;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.looplab.sandbox.EventBytes;
import dev.looplab.sandbox.SandboxEvent;

/**
 * The runs held in memory: every run still going (few, as admission bounds them), and as
 * many finished ones as fit in a bound on the bytes of their events. A finished run that
 * no longer fits is read back from its record when asked for; counting runs instead would
 * let a few heavy ones take the heap.
 */
final class RecentRuns {

	/** What a run weighs besides its events: the objects that hold them. */
	private static final long RUN_OVERHEAD = 256;

	private final Map<String, LiveRun> running = new ConcurrentHashMap<>();

	private final Cache<String, LiveRun> finished;

	RecentRuns(long maxBytes) {
		this.finished = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((String id, LiveRun run) -> weight(run))
			// Evict on the caller's thread, so the bound holds when put returns.
			.executor(Runnable::run)
			.build();
	}

	void running(LiveRun run) {
		this.running.put(run.id(), run);
	}

	/** Moves a run that just ended to the finished ones, weighed now that it is whole. */
	void finished(LiveRun run) {
		this.finished.put(run.id(), run);
		this.running.remove(run.id());
	}

	/**
	 * Keeps a finished run read back from its record, so that readers who come together
	 * share one copy of its events.
	 * @return the run held under its id, this one unless another got there first
	 */
	LiveRun rememberFinished(LiveRun run) {
		return this.finished.get(run.id(), (id) -> run);
	}

	Optional<LiveRun> find(String id) {
		LiveRun run = this.running.get(id);
		return (run != null) ? Optional.of(run) : Optional.ofNullable(this.finished.getIfPresent(id));
	}

	/** The weight of the finished runs held, in bytes. */
	long finishedBytes() {
		this.finished.cleanUp();
		return this.finished.policy().eviction().map((eviction) -> eviction.weightedSize().orElse(0)).orElse(0L);
	}

	static int weight(LiveRun run) {
		long bytes = RUN_OVERHEAD;
		for (SandboxEvent event : run.events()) {
			bytes += EventBytes.of(event);
		}
		return (int) Math.min(bytes, Integer.MAX_VALUE);
	}

}
