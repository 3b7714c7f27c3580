package dev.looplab.grading.web;

import java.util.Optional;

import dev.looplab.catalog.Chapter;
import dev.looplab.catalog.Course;
import dev.looplab.catalog.Exercise;
import dev.looplab.grading.ExerciseChecks;
import dev.looplab.grading.ExerciseProgress;
import dev.looplab.grading.GradingRejected;
import dev.looplab.grading.GradingService;
import dev.looplab.grading.LiveGrading;
import dev.looplab.grading.SubmissionDetails;
import dev.looplab.grading.SubmissionQueries;
import dev.looplab.stream.web.EventStreams;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The exercise page and its Check and Submit buttons. htmx posts the editor's code and
 * gets the live feedback back; without JavaScript the same buttons lead to the
 * submission's (or the check's) own page.
 */
@Controller
class ExercisePageController {

	private final Course course;

	private final GradingService grading;

	private final ExerciseChecks checks;

	private final SubmissionQueries queries;

	private final GradingFragments fragments;

	private final EventStreams streams;

	ExercisePageController(Course course, GradingService grading, ExerciseChecks checks, SubmissionQueries queries,
			GradingFragments fragments, EventStreams streams) {
		this.course = course;
		this.grading = grading;
		this.checks = checks;
		this.queries = queries;
		this.fragments = fragments;
		this.streams = streams;
	}

	@GetMapping("/exercises/{id}")
	String exercise(@PathVariable String id, Authentication authentication, Model model) {
		Exercise exercise = exercise(id);
		Optional<SubmissionDetails> latest = Optional.empty();
		ExerciseProgress progress = null;
		if (SignedIn.is(authentication)) {
			latest = this.queries.latest(authentication.getName(), id)
				.flatMap((submission) -> this.grading.find(submission.id()));
			progress = this.queries.progressOf(authentication.getName()).get(id);
		}
		model.addAttribute("exercise", exercise);
		model.addAttribute("chapter", chapterOf(exercise));
		model.addAttribute("latest", latest.orElse(null));
		model.addAttribute("progress", progress);
		model.addAttribute("source",
				latest.map((details) -> details.submission().source()).orElse(exercise.starter().content()));
		return "grading/exercise";
	}

	@HxRequest
	@PostMapping("/exercises/{id}/submissions")
	String submitFromPage(@PathVariable String id, @RequestParam(defaultValue = "") String source,
			Authentication authentication, Model model) {
		LiveGrading submission = this.grading.submit(id, source, authentication.getName());
		model.addAttribute("streamUrl", "/submissions/" + submission.id() + "/stream");
		model.addAttribute("linkBase", "/submissions/" + submission.id());
		model.addAttribute("kind", "submission");
		return "grading/feedback :: live";
	}

	@PostMapping("/exercises/{id}/submissions")
	String submitFromForm(@PathVariable String id, @RequestParam(defaultValue = "") String source,
			Authentication authentication) {
		return "redirect:/submissions/" + this.grading.submit(id, source, authentication.getName()).id();
	}

	@HxRequest
	@PostMapping("/exercises/{id}/check")
	String checkFromPage(@PathVariable String id, @RequestParam(defaultValue = "") String source,
			Authentication authentication, Model model) {
		LiveGrading check = this.checks.check(id, source, authentication.getName());
		model.addAttribute("streamUrl", "/checks/" + check.id() + "/stream");
		model.addAttribute("linkBase", "/checks/" + check.id());
		model.addAttribute("kind", "check");
		return "grading/feedback :: live";
	}

	@PostMapping("/exercises/{id}/check")
	String checkFromForm(@PathVariable String id, @RequestParam(defaultValue = "") String source,
			Authentication authentication) {
		return "redirect:/checks/" + this.checks.check(id, source, authentication.getName()).id();
	}

	@GetMapping("/checks/{id}")
	String check(@PathVariable String id, @RequestParam(defaultValue = "0") int run, Authentication authentication,
			Model model) {
		LiveGrading check = ownCheck(id, authentication);
		model.addAttribute("heading", "Check against the visible tests");
		model.addAttribute("exercise", exercise(check.exerciseId()));
		model.addAttribute("submission", null);
		model.addAttribute("feedback", check.feedback().orElse(null));
		model.addAttribute("streamUrl", "/checks/" + id + "/stream");
		model.addAttribute("linkBase", "/checks/" + id);
		model.addAttribute("selectedRun", run);
		return "grading/submission";
	}

	@GetMapping(path = "/checks/{id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	ResponseEntity<StreamingResponseBody> checkStream(@PathVariable String id, Authentication authentication,
			HttpServletRequest request) {
		LiveGrading check = ownCheck(id, authentication);
		return this.streams.open(check.live(), this.fragments.page("/checks/" + id), request);
	}

	@ExceptionHandler
	ModelAndView rejected(GradingRejected rejected, HttpServletResponse response) {
		if (rejected.retryAfter() != null) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(rejected.retryAfter().toSeconds()));
		}
		ModelAndView view = new ModelAndView("run/console :: problem");
		view.addObject("problem", rejected.problem());
		view.setStatus(HttpStatus.valueOf(rejected.problem().getStatus()));
		return view;
	}

	private LiveGrading ownCheck(String id, Authentication authentication) {
		return this.checks.find(id)
			.filter((check) -> check.owner().equals(authentication.getName()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"There is no recent check with this id: checks are kept only for a while. Open the exercise and"
							+ " press Check again."));
	}

	private Exercise exercise(String id) {
		return this.course.exercise(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"There is no exercise '" + id + "' in this course; each chapter page lists its exercises."));
	}

	private Chapter chapterOf(Exercise exercise) {
		return this.course.chapter(exercise.chapterId()).orElseThrow();
	}

}
