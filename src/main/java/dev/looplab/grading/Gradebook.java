package dev.looplab.grading;

import java.util.List;

import dev.looplab.catalog.Exercise;

/**
 * Learners by exercises, as the filter chose them: the exercises grouped by chapter (the
 * columns) and a row per learner, ordered by name.
 */
public record Gradebook(GradebookFilter filter, List<Group> groups, List<GradebookRow> rows) {

	public Gradebook {
		groups = List.copyOf(groups);
		rows = List.copyOf(rows);
	}

	/** The columns, in course order. */
	public List<Exercise> exercises() {
		return this.groups.stream().flatMap((group) -> group.exercises().stream()).toList();
	}

	/** The most a learner can score over the shown exercises. */
	public int maxTotal() {
		return exercises().stream().mapToInt(Exercise::maxScore).sum();
	}

	/** A chapter's shown exercises. */
	public record Group(String chapterId, String chapterTitle, List<Exercise> exercises) {

		public Group {
			exercises = List.copyOf(exercises);
		}

	}

}
