package dev.looplab.grading.web;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.looplab.catalog.Course;
import dev.looplab.catalog.Exercise;
import dev.looplab.catalog.ExerciseFile;
import dev.looplab.grading.GradingRejected;
import dev.looplab.grading.GradingService;
import dev.looplab.grading.LiveGrading;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The exercise API: list exercises, read one with its starter and visible tests, submit a
 * solution, and (staff) regrade every submission of an exercise.
 */
@RestController
@RequestMapping("/api/exercises")
class ExerciseApiController {

	private final Course course;

	private final GradingService grading;

	ExerciseApiController(Course course, GradingService grading) {
		this.course = course;
		this.grading = grading;
	}

	@GetMapping
	List<ExerciseSummary> list() {
		return this.course.exercises().stream().map(ExerciseSummary::of).toList();
	}

	@GetMapping("/{id}")
	ExerciseDetail get(@PathVariable String id) {
		return ExerciseDetail.of(exercise(id));
	}

	@PostMapping(path = "/{id}/submissions", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<SubmissionCreated> submit(@PathVariable String id, @RequestBody SubmissionRequest body,
			Authentication authentication) {
		LiveGrading submission = this.grading.submit(id, body.source(), authentication.getName());
		return ResponseEntity.accepted()
			.location(URI.create("/api/submissions/" + submission.id()))
			.body(new SubmissionCreated(submission.id(), "QUEUED"));
	}

	@PostMapping("/{id}/regrade")
	ResponseEntity<RegradeAccepted> regrade(@PathVariable String id) {
		return ResponseEntity.accepted().body(new RegradeAccepted(id, this.grading.regradeExercise(id)));
	}

	private Exercise exercise(String id) {
		return this.course.exercise(id).orElseThrow(() -> GradingRejected.unknownExercise(id));
	}

	/** The body of a submission; fields it does not know are ignored. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record SubmissionRequest(String source) {
	}

	record SubmissionCreated(String id, String status) {
	}

	/** {@code queued}: how many finished submissions were put back in the queue. */
	record RegradeAccepted(String exerciseId, int queued) {
	}

	record ExerciseSummary(String id, String title, String chapterId, int maxScore) {

		static ExerciseSummary of(Exercise exercise) {
			return new ExerciseSummary(exercise.id(), exercise.title(), exercise.chapterId(), exercise.maxScore());
		}

	}

	/**
	 * One exercise: {@code starter} is the source a learner starts from,
	 * {@code visibleTests} the tests they may read and check against.
	 */
	record ExerciseDetail(String id, String title, String chapterId, int maxScore, String summary, String clock,
			String starterFileName, String starter, List<ExerciseFile> visibleTests) {

		static ExerciseDetail of(Exercise exercise) {
			return new ExerciseDetail(exercise.id(), exercise.title(), exercise.chapterId(), exercise.maxScore(),
					exercise.summary(), exercise.clock(), exercise.starter().fileName(), exercise.starter().content(),
					exercise.visibleTests());
		}

	}

}
