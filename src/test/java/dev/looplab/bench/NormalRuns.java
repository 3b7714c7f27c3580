package dev.looplab.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the normal users of the attack load test saw: every run the server accepted, with
 * its verdict (null when none arrived) and the time from POST to the result, and every
 * POST it turned away.
 */
final class NormalRuns {

	private final List<Run> runs = Collections.synchronizedList(new ArrayList<>());

	private final Map<String, Integer> refused = new TreeMap<>();

	void add(Run run) {
		this.runs.add(run);
	}

	synchronized void refused(String answer) {
		this.refused.merge(answer, 1, Integer::sum);
	}

	synchronized Map<String, Integer> refused() {
		return new TreeMap<>(this.refused);
	}

	List<Run> runs() {
		synchronized (this.runs) {
			return List.copyOf(this.runs);
		}
	}

	/** POST to result of every accepted run; a run that never got one counts its wait. */
	Samples latency() {
		Samples samples = new Samples();
		runs().forEach((run) -> samples.add(run.nanos()));
		return samples;
	}

	Map<String, Integer> verdicts() {
		Map<String, Integer> verdicts = new TreeMap<>();
		runs().forEach((run) -> verdicts.merge((run.verdict() != null) ? run.verdict() : "none", 1, Integer::sum));
		return verdicts;
	}

	/** One accepted run: its id, its verdict (null if none came) and POST to result. */
	record Run(String id, String user, String verdict, long nanos) {
	}

}
