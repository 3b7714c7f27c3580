package dev.looplab.bench;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How hard the attack load test pushes, and the server settings it changes; everything
 * else (stream limits, byte budgets, queue capacity) stays at its default, since that is
 * what is under test.
 *
 * @param length how long the normal users and the attackers run side by side
 * @param normalUsers signed-in learners running a small program in a loop
 * @param slowReaderAccounts signed-in attackers opening streams they never read
 * @param anonymousSlowReaders anonymous attackers doing the same
 * @param flooderAccounts signed-in attackers running the trace flood in a loop
 * @param streamsPerRun silent streams a slow reader opens on each of its runs
 * @param probeStreams streams the anonymous probe opens on one run, one after another, to
 * find the limit
 * @param hangAfter how long an answer to a stream request may take before it counts as a
 * hang
 * @param thinkMin the least time a normal user reads and edits between two runs
 * @param thinkMax the most; each pause is drawn evenly between the two
 */
record AttackPlan(Duration length, int normalUsers, int slowReaderAccounts, int anonymousSlowReaders,
		int flooderAccounts, int streamsPerRun, int probeStreams, Duration hangAfter, Duration thinkMin,
		Duration thinkMax) {

	/**
	 * The server settings the test changes, as property names and values. Only what lets
	 * one machine play many people: registrations and failed sign-ins are not throttled
	 * (everyone comes from 127.0.0.1). Properties the server does not know are ignored.
	 * ({@link ServerProcess} already lifts the per-client run rate limit.)
	 */
	static final Map<String, Object> SERVER_SETTINGS = Map.of("looplab.accounts.registration-limit.per-address",
			1_000_000, "looplab.accounts.sign-in-throttle.failures-per-address", 1_000_000,
			"looplab.accounts.sign-in-throttle.failures-per-account", 1_000_000);

	/** {@code AttackLoad <jar> <report> [seconds] [normal users]}. */
	static AttackPlan from(String[] args) {
		Duration length = Duration.ofSeconds((args.length > 2) ? Long.parseLong(args[2]) : 60);
		int users = (args.length > 3) ? Integer.parseInt(args[3]) : 20;
		return new AttackPlan(length, users, 3, 2, 2, 8, 200, Duration.ofSeconds(5), Duration.ofSeconds(5),
				Duration.ofSeconds(15));
	}

	/**
	 * {@link #SERVER_SETTINGS} as one {@code --spring.application.json} argument rather
	 * than one argument each: Spring Boot ranks it below the command line, so a property
	 * that {@link ServerProcess} sets as well does not appear twice in the command line
	 * (which would join the two values with a comma).
	 */
	static String serverArgument() {
		return SERVER_SETTINGS.entrySet()
			.stream()
			.map((setting) -> Json.string(setting.getKey()) + ": " + setting.getValue())
			.collect(Collectors.joining(", ", "--spring.application.json={", "}"));
	}

	String describe() {
		return ("%d normal users for %d s, each pausing %d-%d s between runs; %d signed-in and %d anonymous slow readers opening %d silent streams per run;"
				+ " %d trace flooders; a probe of %d streams on one run")
			.formatted(this.normalUsers, this.length.toSeconds(), this.thinkMin.toSeconds(), this.thinkMax.toSeconds(),
					this.slowReaderAccounts, this.anonymousSlowReaders, this.streamsPerRun, this.flooderAccounts,
					this.probeStreams);
	}

}
