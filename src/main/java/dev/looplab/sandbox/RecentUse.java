package dev.looplab.sandbox;

import java.util.HashMap;
import java.util.Map;

/**
 * How much sandbox time each client has used lately: every use adds its length, and what
 * was added fades by half each minute. The line serves a client that has used little
 * before one that has used much (a trace flood every few seconds against a learner's run
 * now and then). Not thread-safe: the admission's lock guards it.
 */
final class RecentUse {

	static final long HALF_LIFE_NANOS = 60_000_000_000L;

	/** Up to this much use lately, a client's runs get a whole share of the CPU. */
	static final double FULL_SHARE_NANOS = 5e9;

	/** Past this many clients, the ones whose use has faded away are forgotten. */
	private static final int TIDY_ABOVE = 1_000;

	private final Map<String, Faded> byClient = new HashMap<>();

	/** Adds a use of the given length, ending now. */
	void add(String client, long nanos, long now) {
		this.byClient.merge(client, new Faded(nanos, now), (old, added) -> new Faded(old.at(now) + nanos, now));
		if (this.byClient.size() > TIDY_ABOVE) {
			this.byClient.values().removeIf((use) -> use.at(now) < 1_000_000);
		}
	}

	/**
	 * The share of contended cores the client's next run gets: the whole share up to a
	 * few seconds of use in the last minute or so (a learner running small programs),
	 * then less as the use grows, down to a sixteenth. Under no contention a smaller
	 * share costs nothing.
	 */
	double cpuShare(String client, long now) {
		double use = of(client, now);
		return (use <= FULL_SHARE_NANOS) ? 1.0 : Math.max(1.0 / 16, FULL_SHARE_NANOS / use);
	}

	/** The client's use as it stands now, in nanoseconds. */
	double of(String client, long now) {
		Faded use = this.byClient.get(client);
		return (use != null) ? use.at(now) : 0;
	}

	private record Faded(double nanos, long since) {

		double at(long now) {
			return this.nanos * Math.pow(0.5, (double) (now - this.since) / HALF_LIFE_NANOS);
		}

	}

}
