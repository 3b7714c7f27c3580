package dev.looplab.catalog.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import dev.looplab.catalog.Chapter;
import dev.looplab.catalog.Course;

/**
 * The course overview at {@code /} and one page per chapter at {@code /chapters/{id}},
 * with links to the chapters before and after it.
 */
@Controller
class CourseController {

	private final Course course;

	CourseController(Course course) {
		this.course = course;
	}

	@GetMapping("/")
	String course(Model model) {
		model.addAttribute("course", this.course);
		return "course";
	}

	@GetMapping("/chapters/{id}")
	String chapter(@PathVariable String id, Model model) {
		Chapter chapter = this.course.chapter(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"There is no chapter '" + id + "' in this course; the course page lists them all"));
		List<Chapter> chapters = this.course.chapters();
		int index = chapters.indexOf(chapter);
		model.addAttribute("course", this.course);
		model.addAttribute("chapter", chapter);
		model.addAttribute("previous", (index > 0) ? chapters.get(index - 1) : null);
		model.addAttribute("next", (index < chapters.size() - 1) ? chapters.get(index + 1) : null);
		return "chapter";
	}

}
