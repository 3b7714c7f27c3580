package dev.looplab.grading.web;

import java.util.List;
import java.util.UUID;

import dev.looplab.catalog.Course;
import dev.looplab.catalog.Exercise;
import dev.looplab.grading.GradingService;
import dev.looplab.grading.Submission;
import dev.looplab.grading.SubmissionDetails;
import dev.looplab.grading.SubmissionQueries;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every submission to one exercise, for instructors and admins, with Regrade buttons for
 * one submission or all of them. With htmx the buttons swap the table, which polls itself
 * every second while a submission is queued or running; without JavaScript they post and
 * come back to the page.
 */
@Controller
class ExerciseSubmissionsController {

	private final Course course;

	private final GradingService grading;

	private final SubmissionQueries queries;

	ExerciseSubmissionsController(Course course, GradingService grading, SubmissionQueries queries) {
		this.course = course;
		this.grading = grading;
		this.queries = queries;
	}

	@GetMapping("/gradebook/exercises/{id}")
	String page(@PathVariable String id, Model model) {
		show(exercise(id), model);
		return "grading/exercise-submissions";
	}

	/** The table alone, for the polling while regrading and for the buttons. */
	@HxRequest
	@GetMapping("/gradebook/exercises/{id}")
	String table(@PathVariable String id, Model model) {
		show(exercise(id), model);
		return "grading/exercise-submissions :: submissions";
	}

	@PostMapping("/submissions/{id}/regrade")
	String regrade(@PathVariable String id, RedirectAttributes redirect) {
		Submission submission = regradeSubmission(id);
		redirect.addFlashAttribute("notice", regradeNotice(submission));
		return "redirect:/gradebook/exercises/" + submission.exerciseId();
	}

	@HxRequest
	@PostMapping("/submissions/{id}/regrade")
	String regradeFromTable(@PathVariable String id, Model model) {
		Submission submission = regradeSubmission(id);
		model.addAttribute("notice", regradeNotice(submission));
		show(exercise(submission.exerciseId()), model);
		return "grading/exercise-submissions :: submissions";
	}

	@PostMapping("/exercises/{id}/regrade")
	String regradeAll(@PathVariable String id, RedirectAttributes redirect) {
		Exercise exercise = exercise(id);
		redirect.addFlashAttribute("notice", regradeAllNotice(this.grading.regradeExercise(exercise.id())));
		return "redirect:/gradebook/exercises/" + exercise.id();
	}

	@HxRequest
	@PostMapping("/exercises/{id}/regrade")
	String regradeAllFromTable(@PathVariable String id, Model model) {
		Exercise exercise = exercise(id);
		model.addAttribute("notice", regradeAllNotice(this.grading.regradeExercise(exercise.id())));
		show(exercise, model);
		return "grading/exercise-submissions :: submissions";
	}

	private void show(Exercise exercise, Model model) {
		List<Submission> submissions = this.queries.ofExercise(exercise.id());
		model.addAttribute("exercise", exercise);
		model.addAttribute("submissions", submissions);
		model.addAttribute("pending", submissions.stream().anyMatch((submission) -> !submission.status().isDone()));
	}

	private Submission regradeSubmission(String id) {
		UUID submission = SubmissionIds.parse(id)
			.filter(this.grading::regrade)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"There is no submission with this id. The gradebook links to every exercise's submissions."));
		return this.grading.find(submission).map(SubmissionDetails::submission).orElseThrow();
	}

	private static String regradeNotice(Submission submission) {
		return "Regrading a submission of %s; its status below changes when it is graded."
			.formatted(submission.owner());
	}

	private static String regradeAllNotice(int queued) {
		return switch (queued) {
			case 0 -> "Nothing to regrade: no submission is finished (those still waiting or being graded are"
					+ " left as they are).";
			case 1 -> "Regrading 1 submission.";
			default -> "Regrading %d submissions.".formatted(queued);
		};
	}

	private Exercise exercise(String id) {
		return this.course.exercise(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"There is no exercise '" + id + "' in this course; the gradebook lists them all."));
	}

}
