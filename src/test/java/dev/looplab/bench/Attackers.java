package dev.looplab.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * The attackers of the attack load test, each one run in a loop until the deadline: slow
 * readers (signed in or anonymous) start a loud run and open silent streams on it; trace
 * flooders run the trace flood and read their own stream; the probe opens stream after
 * stream on one run to find where the server says no. Each attacker has one run of its
 * own going at a time.
 */
final class Attackers implements AutoCloseable {

	private static final Duration RUN_PATIENCE = Duration.ofSeconds(30);

	private final RunsApi api;

	private final AttackPlan plan;

	private final long deadline;

	final SilentStreams signedInStreams;

	final SilentStreams anonymousStreams;

	final SilentStreams probeStreams;

	private final Map<String, Integer> runs = new TreeMap<>();

	Attackers(int port, AttackPlan plan, long deadline) {
		this.api = new RunsApi(port);
		this.plan = plan;
		this.deadline = deadline;
		this.signedInStreams = new SilentStreams(port, plan.hangAfter());
		this.anonymousStreams = new SilentStreams(port, plan.hangAfter());
		this.probeStreams = new SilentStreams(port, plan.hangAfter());
	}

	/** Loud runs, each with {@code streamsPerRun} silent streams, one run at a time. */
	void slowReader(String authorization) {
		SilentStreams streams = (authorization != null) ? this.signedInStreams : this.anonymousStreams;
		while (before()) {
			String id = start(AttackPrograms.LOUD, authorization, "loud");
			if (id == null) {
				continue;
			}
			for (int i = 0; i < this.plan.streamsPerRun() && before(); i++) {
				streams.open(id, authorization);
			}
			awaitFinished(id, authorization);
		}
	}

	/** Trace floods, one at a time, each followed to its end. */
	void flooder(String authorization) {
		while (before()) {
			String id = start(AttackPrograms.TRACE_FLOOD, authorization, "trace flood");
			if (id == null) {
				continue;
			}
			try {
				this.api.drainEvents(id, authorization, RUN_PATIENCE);
			}
			catch (IOException ex) {
				count("trace flood stream broke off: " + ex.getClass().getSimpleName());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** One anonymous loud run, then as many streams on it as the plan says, in a row. */
	void probe() {
		String id = null;
		while (id == null && before()) {
			id = start(AttackPrograms.LOUD, null, "probe");
		}
		for (int i = 0; i < this.plan.probeStreams() && before(); i++) {
			this.probeStreams.open(id, null);
		}
	}

	private String start(Workload program, String authorization, String what) {
		try {
			String id = this.api.start(program, authorization);
			count(what + " runs accepted");
			return id;
		}
		catch (RunsApi.Refused ex) {
			count(what + " runs refused with " + ex.status());
		}
		catch (IOException ex) {
			count(what + " runs failed: " + ex.getClass().getSimpleName());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		pause();
		return null;
	}

	/** Asks for the run every half second until it finished (or 30 s passed). */
	private void awaitFinished(String id, String authorization) {
		long t0 = System.nanoTime();
		while (before() && System.nanoTime() - t0 < RUN_PATIENCE.toNanos()) {
			try {
				if (this.api.get(id, authorization, Duration.ofSeconds(5)).finished()) {
					return;
				}
			}
			catch (IOException ex) {
				count("GET of a loud run failed: " + ex.getClass().getSimpleName());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			pause();
		}
	}

	private void pause() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private boolean before() {
		return System.nanoTime() < this.deadline && !Thread.currentThread().isInterrupted();
	}

	private synchronized void count(String what) {
		this.runs.merge(what, 1, Integer::sum);
	}

	/** The attackers' own runs and failures, by kind. */
	synchronized Map<String, Integer> runs() {
		return new TreeMap<>(this.runs);
	}

	@Override
	public void close() {
		this.signedInStreams.close();
		this.anonymousStreams.close();
		this.probeStreams.close();
	}

}
