package dev.looplab.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the load test saw: each submission as the client followed it, and afterwards the
 * server's own record of it; {@link #problems()} lists every way it fell short.
 */
final class LoadResults {

	private final int maxScore;

	private final List<Submission> submissions = Collections.synchronizedList(new ArrayList<>());

	private long wallNanos;

	private double serverMiB;

	private SubmissionLedger ledger;

	LoadResults(int maxScore) {
		this.maxScore = maxScore;
	}

	void add(Submission submission) {
		this.submissions.add(submission);
	}

	void wall(long nanos) {
		this.wallNanos = nanos;
	}

	void memory(double serverMiB) {
		this.serverMiB = serverMiB;
	}

	void ledger(SubmissionLedger ledger) {
		this.ledger = ledger;
	}

	List<String> ids() {
		return this.submissions.stream().map(Submission::id).toList();
	}

	int count() {
		return this.submissions.size();
	}

	double wallSeconds() {
		return this.wallNanos / 1e9;
	}

	double serverMiB() {
		return this.serverMiB;
	}

	SubmissionLedger ledger() {
		return this.ledger;
	}

	/** Client-side times from sending the submission until it was accepted. */
	Samples acceptance() {
		Samples samples = new Samples();
		this.submissions.forEach((submission) -> samples.add(submission.acceptedNanos()));
		return samples;
	}

	/** Client-side times from sending the submission until its grade arrived. */
	Samples submitToGrade() {
		Samples samples = new Samples();
		this.submissions.forEach((submission) -> samples.add(submission.gradedNanos()));
		samples.wall(this.wallNanos);
		return samples;
	}

	List<String> problems() {
		List<String> problems = new ArrayList<>();
		for (Submission submission : this.submissions) {
			LearnerClient.Graded graded = submission.graded();
			if (!graded.status().equals("GRADED")) {
				problems.add(submission.id() + " ended " + graded.status());
			}
			else if (submission.full() && graded.score() != this.maxScore) {
				problems.add(submission.id() + " (the reference) scored " + graded.score() + "/" + this.maxScore);
			}
			else if (!submission.full() && graded.score() >= this.maxScore) {
				problems.add(submission.id() + " (the starter) scored full marks");
			}
		}
		if (this.ledger != null) {
			problems.addAll(this.ledger.problems());
		}
		return problems;
	}

	record Submission(String id, boolean full, LearnerClient.Graded graded, long acceptedNanos, long gradedNanos) {
	}

}
