package dev.looplab.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.Random;

/**
 * A signed-in learner of the attack load test: runs a small event-loop program again and
 * again until the deadline, each time following its event stream to the result, as the
 * run panel does, and pausing between runs as a learner reading the output and editing
 * the code would. Without the pause twenty users would be a closed loop as fast as the
 * server can go, whose latency is only the line's length (Little's law), not what a
 * learner meets.
 */
final class NormalUser implements Runnable {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private final RunsApi api;

	private final LearnerClient learner;

	private final long deadline;

	private final NormalRuns runs;

	private final AttackPlan plan;

	private final Random random;

	NormalUser(RunsApi api, LearnerClient learner, long deadline, NormalRuns runs, AttackPlan plan) {
		this.api = api;
		this.learner = learner;
		this.deadline = deadline;
		this.runs = runs;
		this.plan = plan;
		this.random = new Random(learner.username().hashCode());
	}

	@Override
	public void run() {
		try {
			// Learners do not all press Run in the same second.
			Thread.sleep(this.random.nextLong(this.plan.thinkMax().toMillis()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		while (System.nanoTime() < this.deadline && !Thread.currentThread().isInterrupted()) {
			try {
				runOnce();
				Thread
					.sleep(this.random.nextLong(this.plan.thinkMin().toMillis(), this.plan.thinkMax().toMillis() + 1));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private void runOnce() throws InterruptedException {
		long t0 = System.nanoTime();
		String id;
		try {
			id = this.api.start(Workload.TWO_SLEEPING_TASKS, this.learner.authorization());
		}
		catch (RunsApi.Refused ex) {
			this.runs.refused(String.valueOf(ex.status()));
			Thread.sleep(250);
			return;
		}
		catch (IOException ex) {
			this.runs.refused(ex.getClass().getSimpleName());
			Thread.sleep(250);
			return;
		}
		String verdict = null;
		try {
			verdict = this.api.followToResult(id, this.learner.authorization(), PATIENCE);
			if (verdict == null) {
				verdict = askUntilFinished(id, t0);
			}
		}
		catch (IOException ex) {
			// No verdict: recorded as such, and the run is looked for again at the end.
		}
		this.runs.add(new NormalRuns.Run(id, this.learner.username(), verdict, System.nanoTime() - t0));
	}

	/**
	 * The stream ended without a result (it was dropped, say): ask for the run itself.
	 */
	private String askUntilFinished(String id, long t0) throws IOException, InterruptedException {
		while (System.nanoTime() - t0 < PATIENCE.toNanos()) {
			RunsApi.RunState state = this.api.get(id, this.learner.authorization(), Duration.ofSeconds(5));
			if (state.finished()) {
				return state.verdict();
			}
			Thread.sleep(100);
		}
		return null;
	}

}
