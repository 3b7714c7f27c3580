package dev.looplab.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything the attack load test measured, and {@link #problems()}: each way it fell
 * short of issue 10's bar (normal users' p95 under 2 s, nothing lost, health UP
 * throughout).
 */
final class AttackResults {

	static final double P95_BOUND_MILLIS = 2000;

	private final AttackPlan plan;

	private final NormalRuns normalRuns = new NormalRuns();

	private final Set<String> authentication = new TreeSet<>();

	private Map<String, Map<String, Integer>> streams = Map.of();

	private Map<String, Integer> attackerRuns = Map.of();

	private List<String> lost = List.of();

	private List<HealthPoller.Sample> health = List.of();

	private double peakMiB;

	private double endMiB;

	private long dataBytes;

	private long databaseBytes;

	AttackResults(AttackPlan plan) {
		this.plan = plan;
	}

	AttackPlan plan() {
		return this.plan;
	}

	NormalRuns normalRuns() {
		return this.normalRuns;
	}

	synchronized void authenticatedWith(String how) {
		this.authentication.add(how);
	}

	synchronized String authentication() {
		return String.join(" and ", this.authentication);
	}

	void attackers(Attackers attackers) {
		Map<String, Map<String, Integer>> byKind = new java.util.LinkedHashMap<>();
		byKind.put("signed-in slow readers", attackers.signedInStreams.answers());
		byKind.put("anonymous slow readers", attackers.anonymousStreams.answers());
		byKind.put("probe: one anonymous client, one run", attackers.probeStreams.answers());
		this.streams = byKind;
		this.attackerRuns = attackers.runs();
	}

	Map<String, Map<String, Integer>> streams() {
		return this.streams;
	}

	Map<String, Integer> attackerRuns() {
		return this.attackerRuns;
	}

	void lost(List<String> lost) {
		this.lost = List.copyOf(lost);
	}

	List<String> lost() {
		return this.lost;
	}

	private Map<String, Samples> stages = Map.of();

	void health(HealthPoller poller) {
		this.health = poller.samples();
		this.peakMiB = poller.peakMiB();
	}

	List<HealthPoller.Sample> healthSamples() {
		return this.health;
	}

	/** How often health answered something other than UP, by path and answer. */
	Map<String, Integer> healthNotUp() {
		Map<String, Integer> notUp = new TreeMap<>();
		this.health.stream()
			.filter((sample) -> !sample.up())
			.forEach((sample) -> notUp.merge(sample.path() + " " + sample.answer(), 1, Integer::sum));
		return notUp;
	}

	double worstHealthMillis() {
		return this.health.stream().mapToLong(HealthPoller.Sample::nanos).max().orElse(0) / 1e6;
	}

	void stages(Map<String, Samples> stages) {
		this.stages = stages;
	}

	/** Where the server's runs spent their time, by stage; empty when not known. */
	Map<String, Samples> stages() {
		return this.stages;
	}

	void resources(double endMiB, long dataBytes, long databaseBytes) {
		this.endMiB = endMiB;
		this.dataBytes = dataBytes;
		this.databaseBytes = databaseBytes;
	}

	double peakMiB() {
		return Math.max(this.peakMiB, this.endMiB);
	}

	double endMiB() {
		return this.endMiB;
	}

	long dataBytes() {
		return this.dataBytes;
	}

	long databaseBytes() {
		return this.databaseBytes;
	}

	List<String> problems() {
		List<String> problems = new ArrayList<>();
		Samples latency = this.normalRuns.latency();
		if (latency.count() == 0) {
			problems.add("no normal run was accepted");
		}
		else if (latency.percentile(95) >= P95_BOUND_MILLIS) {
			problems.add(String.format(Locale.ROOT, "the normal users' p95 was %.0f ms", latency.percentile(95)));
		}
		Map<String, Integer> verdicts = new TreeMap<>(this.normalRuns.verdicts());
		verdicts.remove("OK");
		if (!verdicts.isEmpty()) {
			problems.add("normal runs ended other than OK: " + verdicts);
		}
		if (!this.normalRuns.refused().isEmpty()) {
			problems.add("normal users' runs were refused: " + this.normalRuns.refused());
		}
		if (!this.lost.isEmpty()) {
			problems.add(this.lost.size() + " accepted runs were not found finished, among them "
					+ this.lost.subList(0, Math.min(5, this.lost.size())));
		}
		if (this.health.isEmpty()) {
			problems.add("health was never asked");
		}
		else if (!healthNotUp().isEmpty()) {
			problems.add("health was not UP: " + healthNotUp());
		}
		return problems;
	}

}
