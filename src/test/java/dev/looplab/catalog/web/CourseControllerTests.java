package dev.looplab.catalog.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.ControllerAdvice;

import dev.looplab.catalog.Chapter;
import dev.looplab.catalog.Course;
import dev.looplab.catalog.Example;
import dev.looplab.catalog.Heading;

import static org.assertj.core.api.Assertions.assertThat;

// Other modules' controller advice (such as the current user) is not what these tests are about.
@WebMvcTest(controllers = CourseController.class,
		excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = ControllerAdvice.class))
@AutoConfigureMockMvc(addFilters = false)
@Import(CourseControllerTests.ThreeChapters.class)
class CourseControllerTests {

	static final Chapter FIRST = new Chapter("first-steps", "First steps", 1, "Where it starts.",
			"<h2 id=\"a-section\">A section</h2>\n<p>Body of <em>the first</em> chapter.</p>\n",
			List.of(new Heading(2, "A section", "a-section"), new Heading(3, "A detail", "a-detail")),
			List.of(new Example("first-steps-hello", "Hello", "Hello.java", "public class Hello {\n}\n")));

	static final Chapter SECOND = new Chapter("second-thoughts", "Second thoughts", 2, "Where it turns.",
			"<p>Second.</p>\n", List.of(), List.of());

	static final Chapter THIRD = new Chapter("third-time", "Third time", 3, "Where it ends.", "<p>Third.</p>\n",
			List.of(), List.of());

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Course course;

	@Test
	void courseListsTheChaptersInOrder() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.hasViewName("course")
			.model()
			.containsEntry("course", this.course);
		assertThat(this.mvc.get().uri("/")).bodyText()
			.containsSubsequence("href=\"/chapters/first-steps\"", "First steps", "Where it starts.",
					"href=\"/chapters/second-thoughts\"", "Second thoughts", "href=\"/chapters/third-time\"");
	}

	@Test
	void chapterPageHasTheChapterAndItsNeighbours() {
		assertThat(this.mvc.get().uri("/chapters/second-thoughts")).hasStatusOk()
			.hasViewName("chapter")
			.model()
			.containsEntry("chapter", SECOND)
			.containsEntry("previous", FIRST)
			.containsEntry("next", THIRD)
			.containsEntry("course", this.course);
	}

	@Test
	void firstAndLastChaptersHaveNoNeighbourOnOneSide() {
		assertThat(this.mvc.get().uri("/chapters/first-steps")).model()
			.containsEntry("previous", null)
			.containsEntry("next", SECOND);
		assertThat(this.mvc.get().uri("/chapters/third-time")).model()
			.containsEntry("previous", SECOND)
			.containsEntry("next", null);
	}

	@Test
	void chapterPageShowsContentsTextExamplesAndPager() {
		assertThat(this.mvc.get().uri("/chapters/first-steps")).bodyText()
			.contains("<title>First steps · Looplab</title>", "<article class=\"chapter\">", "Chapter 1 of 3",
					"<h1>First steps</h1>")
			.containsSubsequence("<nav class=\"toc\"", "href=\"#a-section\"", "A section", "href=\"#a-detail\"",
					"</nav>")
			.containsSubsequence("<div class=\"prose\">", "<p>Body of <em>the first</em> chapter.</p>", "</div>")
			.containsSubsequence("<aside class=\"examples\"", "Hello.java", "public class Hello {", "</aside>")
			.containsSubsequence("<nav class=\"pager\"", "rel=\"next\"", "href=\"/chapters/second-thoughts\"",
					"Second thoughts")
			.doesNotContain("rel=\"prev\"");
	}

	@Test
	void chapterWithoutExamplesOrSectionsLeavesThoseOut() {
		assertThat(this.mvc.get().uri("/chapters/third-time")).bodyText()
			.contains("<div class=\"prose\"><p>Third.</p>", "rel=\"prev\"")
			.doesNotContain("<nav class=\"toc\"", "<aside class=\"examples\"", "rel=\"next\"");
	}

	@Test
	void unknownChapterIsNotFound() {
		assertThat(this.mvc.get().uri("/chapters/no-such-chapter")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ThreeChapters {

		@Bean
		Course course() {
			return new Course(List.of(THIRD, FIRST, SECOND));
		}

	}

}
