package dev.looplab.grading.web;

import java.nio.charset.StandardCharsets;

import dev.looplab.catalog.Course;
import dev.looplab.grading.Gradebook;
import dev.looplab.grading.GradebookFilter;
import dev.looplab.grading.Gradebooks;
import dev.looplab.grading.ScorePolicy;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The gradebook for instructors and admins (the security configuration keeps everyone
 * else out): the page, the table alone for htmx when the filters change, and the same
 * table as a CSV download.
 */
@Controller
class GradebookController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final Gradebooks gradebooks;

	private final Course course;

	GradebookController(Gradebooks gradebooks, Course course) {
		this.gradebooks = gradebooks;
		this.course = course;
	}

	@GetMapping("/gradebook")
	String page(@RequestParam(defaultValue = "") String chapter, @RequestParam(defaultValue = "") String learner,
			@RequestParam(defaultValue = "false") boolean submitted, @RequestParam(defaultValue = "best") String policy,
			Model model) {
		model.addAttribute("chapters",
				this.course.chapters().stream().filter((each) -> !each.exercises().isEmpty()).toList());
		show(filter(chapter, learner, submitted, policy), model);
		return "grading/gradebook";
	}

	/** The filter form asks for the table alone. */
	@HxRequest
	@GetMapping("/gradebook")
	String table(@RequestParam(defaultValue = "") String chapter, @RequestParam(defaultValue = "") String learner,
			@RequestParam(defaultValue = "false") boolean submitted, @RequestParam(defaultValue = "best") String policy,
			Model model) {
		show(filter(chapter, learner, submitted, policy), model);
		return "grading/gradebook :: table";
	}

	@GetMapping("/gradebook.csv")
	ResponseEntity<String> csv(@RequestParam(defaultValue = "") String chapter,
			@RequestParam(defaultValue = "") String learner, @RequestParam(defaultValue = "false") boolean submitted,
			@RequestParam(defaultValue = "best") String policy) {
		GradebookFilter filter = filter(chapter, learner, submitted, policy);
		Gradebook gradebook = this.gradebooks.gradebook(filter);
		// The chapter's id names the file only when it is a real one, and then only by
		// the
		// characters a file name can take everywhere.
		String chapterPart = gradebook.groups().isEmpty() || filter.chapterId().isEmpty() ? ""
				: filter.chapterId().replaceAll("[^A-Za-z0-9_-]", "") + "-";
		String name = "gradebook-" + chapterPart + filter.policy().parameter() + ".csv";
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(GradebookCsv.write(gradebook));
	}

	private void show(GradebookFilter filter, Model model) {
		model.addAttribute("gradebook", this.gradebooks.gradebook(filter));
		model.addAttribute("filter", filter);
	}

	private static GradebookFilter filter(String chapter, String learner, boolean submitted, String policy) {
		return new GradebookFilter(chapter, learner, submitted, ScorePolicy.parse(policy));
	}

}
