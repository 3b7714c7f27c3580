package dev.looplab.grading;

import java.util.Locale;

import dev.looplab.catalog.Exercise;

/**
 * What the gradebook shows: which chapter's exercises (all when blank), which learners
 * (whose name contains a text, ignoring case), whether only those who submitted to a
 * shown exercise, and which submission counts.
 */
public record GradebookFilter(String chapterId, String learnerContains, boolean onlyWithSubmissions,
		ScorePolicy policy) {

	public GradebookFilter {
		chapterId = (chapterId != null) ? chapterId.strip() : "";
		learnerContains = (learnerContains != null) ? learnerContains.strip().toLowerCase(Locale.ROOT) : "";
		policy = (policy != null) ? policy : ScorePolicy.BEST;
	}

	/** Everything, by best score. */
	public static GradebookFilter everything() {
		return new GradebookFilter("", "", false, ScorePolicy.BEST);
	}

	boolean shows(Exercise exercise) {
		return this.chapterId.isEmpty() || this.chapterId.equals(exercise.chapterId());
	}

	boolean shows(String learner) {
		return learner.toLowerCase(Locale.ROOT).contains(this.learnerContains);
	}

}
