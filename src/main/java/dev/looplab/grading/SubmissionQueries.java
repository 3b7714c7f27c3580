package dev.looplab.grading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Read-only views of the stored submissions: a learner's history and progress, and for
 * instructors every learner's standing and an exercise's submissions.
 */
@Service
public class SubmissionQueries {

	private final SubmissionRecords records;

	SubmissionQueries(SubmissionRecords records) {
		this.records = records;
	}

	/** A learner's submissions, newest first. */
	public List<Submission> history(String owner) {
		return this.records.ofOwner(owner);
	}

	/**
	 * A learner's submissions, newest first, each with its test results (not its program
	 * runs, which only a submission's own page shows).
	 */
	public List<SubmissionDetails> historyWithFeedback(String owner) {
		Map<java.util.UUID, List<TestOutcome>> tests = this.records.testsOfOwner(owner);
		return this.records.ofOwner(owner)
			.stream()
			.map((submission) -> new SubmissionDetails(submission, tests.getOrDefault(submission.id(), List.of()),
					List.of(), List.of()))
			.toList();
	}

	/** A learner's standing on each exercise they submitted to, by exercise id. */
	public Map<String, ExerciseProgress> progressOf(String owner) {
		Map<String, ExerciseProgress> byExercise = new LinkedHashMap<>();
		for (ExerciseProgress progress : summarize(this.records.ofOwner(owner))) {
			byExercise.put(progress.exerciseId(), progress);
		}
		return byExercise;
	}

	/**
	 * Every learner's standing on every exercise they submitted to (the gradebook's
	 * cells), ordered by learner, then exercise id.
	 */
	public List<ExerciseProgress> progressOfAll() {
		List<ExerciseProgress> all = new ArrayList<>(summarize(this.records.all()));
		all.sort(java.util.Comparator.comparing(ExerciseProgress::owner).thenComparing(ExerciseProgress::exerciseId));
		return all;
	}

	/** An exercise's submissions by every learner, newest first. */
	public List<Submission> ofExercise(String exerciseId) {
		return this.records.ofExercise(exerciseId);
	}

	/** The latest submission of a learner to an exercise. */
	public Optional<Submission> latest(String owner, String exerciseId) {
		return this.records.ofOwner(owner).stream().filter((s) -> s.exerciseId().equals(exerciseId)).findFirst();
	}

	/** Summarizes submissions given newest first, per learner and exercise. */
	private static List<ExerciseProgress> summarize(List<Submission> newestFirst) {
		Map<List<String>, ExerciseProgress> cells = new LinkedHashMap<>();
		for (Submission submission : newestFirst) {
			List<String> key = List.of(submission.owner(), submission.exerciseId());
			Integer score = (submission.status() == SubmissionStatus.GRADED) ? submission.score() : null;
			ExerciseProgress cell = cells.get(key);
			if (cell == null) {
				cells.put(key, new ExerciseProgress(submission.owner(), submission.exerciseId(), 1, score,
						submission.maxScore(), submission));
			}
			else {
				Integer best = (cell.bestScore() == null) ? score
						: (score == null) ? cell.bestScore() : Math.max(cell.bestScore(), score);
				cells.put(key, new ExerciseProgress(cell.owner(), cell.exerciseId(), cell.attempts() + 1, best,
						cell.maxScore(), cell.latest()));
			}
		}
		return List.copyOf(cells.values());
	}

}
