package dev.looplab.grading.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.looplab.catalog.Course;
import dev.looplab.catalog.Exercise;
import dev.looplab.grading.GradingService;
import dev.looplab.grading.LiveGrading;
import dev.looplab.grading.SubmissionDetails;
import dev.looplab.grading.SubmissionQueries;
import dev.looplab.stream.web.EventData;
import dev.looplab.stream.web.EventStreams;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A submission's page (its feedback, code and a timeline per program run), its live
 * feedback stream, and a learner's progress page. Learners see their own submissions
 * only; staff see all.
 */
@Controller
class SubmissionPageController {

	private final Course course;

	private final GradingService grading;

	private final SubmissionQueries queries;

	private final GradingFragments fragments;

	private final EventStreams streams;

	SubmissionPageController(Course course, GradingService grading, SubmissionQueries queries,
			GradingFragments fragments, EventStreams streams) {
		this.course = course;
		this.grading = grading;
		this.queries = queries;
		this.fragments = fragments;
		this.streams = streams;
	}

	@GetMapping("/submissions/{id}")
	String submission(@PathVariable String id, @RequestParam(defaultValue = "0") int run, Authentication authentication,
			Model model) {
		SubmissionDetails details = visible(id, authentication);
		String exerciseId = details.submission().exerciseId();
		model.addAttribute("heading", "Submission");
		model.addAttribute("exercise", this.course.exercise(exerciseId).orElseGet(() -> missingExercise(exerciseId)));
		model.addAttribute("submission", details.submission());
		model.addAttribute("feedback", details.submission().status().isDone() ? details.feedback() : null);
		model.addAttribute("streamUrl", "/submissions/" + id + "/stream");
		model.addAttribute("linkBase", "/submissions/" + id);
		model.addAttribute("selectedRun", run);
		return "grading/submission";
	}

	@GetMapping(path = "/submissions/{id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	ResponseEntity<StreamingResponseBody> stream(@PathVariable String id, Authentication authentication,
			HttpServletRequest request) {
		UUID submission = visible(id, authentication).submission().id();
		LiveGrading live = this.grading.follow(submission).orElseThrow(() -> notFound());
		return this.streams.open(live.live(), this.fragments.page("/submissions/" + id), request);
	}

	@GetMapping("/progress")
	String progress(Authentication authentication, Model model) {
		String learner = authentication.getName();
		List<SubmissionDetails> history = this.queries.historyWithFeedback(learner);
		model.addAttribute("chapters", this.course.chapters());
		model.addAttribute("progress", this.queries.progressOf(learner));
		model.addAttribute("history", history);
		model.addAttribute("exercises",
				this.course.exercises().stream().collect(Collectors.toMap(Exercise::id, Function.identity())));
		return "grading/progress";
	}

	private SubmissionDetails visible(String id, Authentication authentication) {
		Viewer viewer = Viewer.of(authentication);
		return SubmissionIds.parse(id)
			.flatMap(this.grading::find)
			.filter((details) -> viewer.maySee(details.submission().owner()))
			.orElseThrow(SubmissionPageController::notFound);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND,
				"There is no submission with this id that you may see. Your progress page lists your submissions.");
	}

	/** An exercise taken out of the course still names its old submissions. */
	private static Exercise missingExercise(String id) {
		return new Exercise(id, "", id + " (no longer in the course)", 0, "", 0, "virtual", null, null, "", null, null,
				List.of(), List.of());
	}

}
