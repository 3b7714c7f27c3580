package dev.looplab.catalog;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The course that ships with Looplab, read from the project's {@code content/} folder the
 * way the application reads it with its default settings, and from the copy the build
 * bundles on the class path.
 */
class BundledCourseTests {

	private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	private final Course course = new CourseLoader(this.resolver).load(ContentRoot.locate("content", this.resolver));

	@Test
	void holdsTheChaptersInCourseOrderWithTheirExamples() {
		assertThat(this.course.chapters()).extracting(Chapter::id)
			.startsWith("waiting-is-the-problem", "concurrency-is-not-parallelism", "coroutines-and-the-event-loop",
					"cancellation-timeouts-and-errors", "inside-the-event-loop");
		assertThat(this.course.chapter("waiting-is-the-problem").orElseThrow().examples()).extracting(Example::fileName)
			.containsExactly("Crawler.java");
		assertThat(this.course.chapter("concurrency-is-not-parallelism").orElseThrow().examples())
			.extracting(Example::fileName)
			.containsExactly("TakingTurns.java");
	}

	@Test
	void theCopyBundledOnTheClassPathIsTheSameCourse() {
		ContentRoot bundled = ContentRoot.locate("no-such-folder", this.resolver);

		Course copy = new CourseLoader(this.resolver).load(bundled);

		assertThat(bundled.label()).isEqualTo("classpath:content");
		assertThat(copy.chapters()).isEqualTo(this.course.chapters());
	}

	@Test
	void everyChapterHasSectionsAndHighlightableCode() {
		for (Chapter chapter : this.course.chapters()) {
			assertThat(chapter.toc()).as(chapter.id()).hasSizeGreaterThanOrEqualTo(3);
			assertThat(chapter.html()).as(chapter.id()).contains("<table>", "<pre><code class=\"language-java\">");
		}
	}

	@Test
	void everyExampleCompilesWithoutWarnings() {
		InMemoryCompiler compiler = new InMemoryCompiler();
		for (Chapter chapter : this.course.chapters()) {
			for (Example example : chapter.examples()) {
				assertThat(compiler.problems(example.fileName(), example.source()))
					.as("compiling %s of chapter %s", example.fileName(), chapter.id())
					.isEmpty();
			}
		}
	}

	@Test
	void theCompilerCheckReportsABrokenExample() {
		String problems = new InMemoryCompiler().problems("Broken.java",
				"public class Broken { void run() { int x = \"text\"; } }");

		assertThat(problems).startsWith("ERROR at line 1:").contains("String");
	}

}
