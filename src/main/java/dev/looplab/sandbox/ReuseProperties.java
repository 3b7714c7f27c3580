package dev.looplab.sandbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a sandbox JVM may take a signed-in learner's next run instead of a fresh one,
 * bound from {@code looplab.sandbox.reuse.*} (ADR 20).
 *
 * @param runsPerJvm how many runs one JVM takes at most; 1 turns reuse off
 * @param keepIdle how long a kept JVM waits for its learner's next run before it ends
 * @param maxKept how many JVMs are kept at once, over all learners (each holds about 60
 * MB of memory and a sandbox slot while it waits)
 */
@ConfigurationProperties("looplab.sandbox.reuse")
record ReuseProperties(@DefaultValue("20") int runsPerJvm, @DefaultValue("60s") Duration keepIdle,
		@DefaultValue("24") int maxKept) {

	/** No reuse: every run gets a fresh JVM; for tests and tools. */
	static final ReuseProperties OFF = new ReuseProperties(1, Duration.ZERO, 0);

	ReuseProperties {
		if (runsPerJvm < 1) {
			throw new IllegalArgumentException(
					"looplab.sandbox.reuse.runs-per-jvm is %d; set it to 1 (no reuse) or more".formatted(runsPerJvm));
		}
		if (maxKept < 0 || keepIdle.isNegative()) {
			throw new IllegalArgumentException(
					"looplab.sandbox.reuse.max-kept and keep-idle must not be negative; set max-kept to 0 to keep none");
		}
	}

	boolean enabled() {
		return this.runsPerJvm > 1 && this.maxKept > 0 && this.keepIdle.isPositive();
	}

}
