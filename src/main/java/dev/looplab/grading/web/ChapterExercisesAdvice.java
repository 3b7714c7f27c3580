package dev.looplab.grading.web;

import java.util.Map;

import dev.looplab.grading.ExerciseProgress;
import dev.looplab.grading.SubmissionQueries;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the course's pages (rendered by the catalog, which knows nothing of grading) the
 * signed-in learner's standing on each exercise, so that a chapter can list its exercises
 * with the learner's best score.
 */
@ControllerAdvice(basePackages = "dev.looplab.catalog.web")
class ChapterExercisesAdvice {

	private final SubmissionQueries queries;

	ChapterExercisesAdvice(SubmissionQueries queries) {
		this.queries = queries;
	}

	@ModelAttribute("exerciseProgress")
	Map<String, ExerciseProgress> exerciseProgress() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !SignedIn.is(authentication)) {
			return Map.of();
		}
		return this.queries.progressOf(authentication.getName());
	}

}
