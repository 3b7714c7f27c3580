package dev.looplab.grading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import dev.looplab.catalog.Chapter;
import dev.looplab.catalog.Exercise;

/**
 * Builds the gradebook from the course, the learners and every submission; kept apart
 * from the database so that the policies and filters can be tested on plain lists.
 */
final class GradebookBuilder {

	private GradebookBuilder() {
	}

	/**
	 * @param learners the learner accounts; whoever else submitted gets a row too
	 * @param submissions every submission, newest first
	 */
	static Gradebook build(List<Chapter> chapters, List<String> learners, List<Submission> submissions,
			GradebookFilter filter) {
		List<Gradebook.Group> groups = new ArrayList<>();
		for (Chapter chapter : chapters) {
			List<Exercise> shown = chapter.exercises().stream().filter(filter::shows).toList();
			if (!shown.isEmpty()) {
				groups.add(new Gradebook.Group(chapter.id(), chapter.title(), shown));
			}
		}
		Map<String, Map<String, List<Submission>>> byLearner = new HashMap<>();
		for (Submission submission : submissions) {
			byLearner.computeIfAbsent(submission.owner(), (owner) -> new HashMap<>())
				.computeIfAbsent(submission.exerciseId(), (exercise) -> new ArrayList<>())
				.add(submission);
		}
		TreeSet<String> names = new TreeSet<>(learners);
		names.addAll(byLearner.keySet());
		List<GradebookRow> rows = new ArrayList<>();
		for (String learner : names) {
			if (!filter.shows(learner)) {
				continue;
			}
			Map<String, List<Submission>> theirs = byLearner.getOrDefault(learner, Map.of());
			List<GradebookCell> cells = groups.stream()
				.flatMap((group) -> group.exercises().stream())
				.map((exercise) -> cell(exercise, theirs.getOrDefault(exercise.id(), List.of()), filter.policy()))
				.toList();
			GradebookRow row = new GradebookRow(learner, cells);
			if (!filter.onlyWithSubmissions() || row.submittedAny()) {
				rows.add(row);
			}
		}
		return new Gradebook(filter, groups, rows);
	}

	/**
	 * @param newestFirst one learner's submissions to the exercise
	 */
	static GradebookCell cell(Exercise exercise, List<Submission> newestFirst, ScorePolicy policy) {
		if (newestFirst.isEmpty()) {
			return GradebookCell.empty(exercise);
		}
		Submission counted = null;
		for (Submission submission : newestFirst) {
			if (submission.status() != SubmissionStatus.GRADED || submission.score() == null) {
				continue;
			}
			if (policy == ScorePolicy.LATEST) {
				counted = submission;
				break;
			}
			// Going back in time, a tie replaces the later one: the first to reach the
			// best
			// score counts.
			if (counted == null || submission.score() >= counted.score()) {
				counted = submission;
			}
		}
		Submission newest = newestFirst.getFirst();
		return new GradebookCell(exercise, newestFirst.size(), (counted != null) ? counted.score() : null,
				(counted != null) ? counted : newest, newest.status());
	}

}
