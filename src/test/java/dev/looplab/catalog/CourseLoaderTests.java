package dev.looplab.catalog;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CourseLoaderTests {

	@TempDir
	Path temp;

	private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	@Test
	void loadsChaptersInTheOrderTheirFrontMatterGives() {
		ContentFixture content = fixture().chapter("02-later", "later", 2, "Later.java")
			.chapter("10-last", "last", 10)
			.chapter("01-sooner", "sooner", 1, "Sooner.java", "AndAgain.java");

		Course course = load(content);

		assertThat(course.chapters()).extracting(Chapter::id).containsExactly("sooner", "later", "last");
		Chapter sooner = course.chapter("sooner").orElseThrow();
		assertThat(sooner.title()).isEqualTo("Title of sooner");
		assertThat(sooner.order()).isEqualTo(1);
		assertThat(sooner.summary()).isEqualTo("What sooner is about.");
		assertThat(sooner.html()).contains("<h2 id=\"first-section\">First section</h2>", "<p>Text of sooner.</p>");
		assertThat(sooner.toc()).containsExactly(new Heading(2, "First section", "first-section"));
		assertThat(sooner.examples()).containsExactly(
				new Example("sooner-sooner", "Sooner", "Sooner.java", "public class Sooner {\n}\n"),
				new Example("sooner-and-again", "And again", "AndAgain.java", "public class AndAgain {\n}\n"));
		assertThat(course.chapter("last").orElseThrow().examples()).isEmpty();
	}

	@Test
	void namesTheChapterFileWhenItsFrontMatterIsBroken() {
		ContentFixture content = fixture().chapter("01-fine", "fine", 1)
			.write("02-broken/chapter.md", "---\nid: broken\ntitle: Broken\norder: 2\n---\n\nText.\n");

		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> load(content))
			.withMessage(label(content) + "/chapters/02-broken/chapter.md: front matter key 'summary' is missing");
	}

	@Test
	void namesTheChapterFileAndTheExampleThatDoesNotExist() {
		ContentFixture content = fixture().write("01-first/chapter.md",
				"---\nid: first\ntitle: First\norder: 1\nsummary: S.\nexamples:\n  - Missing.java\n---\n");

		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> load(content))
			.withMessage(label(content) + "/chapters/01-first/chapter.md: front matter key 'examples' lists"
					+ " 'Missing.java', but " + label(content)
					+ "/chapters/01-first/examples/Missing.java does not exist");
	}

	@Test
	void rejectsAnEmptyExample() {
		ContentFixture content = fixture().chapter("01-first", "first", 1, "Empty.java")
			.write("01-first/examples/Empty.java", "\n");

		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> load(content))
			.withMessage(label(content) + "/chapters/01-first/examples/Empty.java: is empty");
	}

	@Test
	void rejectsTwoChaptersWithTheSameId() {
		ContentFixture content = fixture().chapter("01-one", "same", 1).chapter("02-two", "same", 2);

		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> load(content))
			.withMessageContaining("front matter key 'id' has the value 'same', which")
			.withMessageContaining("/chapters/01-one/chapter.md")
			.withMessageContaining("/chapters/02-two/chapter.md");
	}

	@Test
	void rejectsTwoChaptersWithTheSameOrder() {
		ContentFixture content = fixture().chapter("01-one", "one", 1).chapter("01-two", "two", 1);

		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> load(content))
			.withMessageContaining("front matter key 'order' has the value 1, which")
			.withMessageContaining("/chapters/01-one/chapter.md")
			.withMessageContaining("/chapters/01-two/chapter.md");
	}

	@Test
	void rejectsALevelOneHeadingBecauseThePageShowsTheTitle() {
		ContentFixture content = fixture().write("01-first/chapter.md",
				"---\nid: first\ntitle: First\norder: 1\nsummary: S.\n---\n\n# First\n");

		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> load(content))
			.withMessageStartingWith(label(content) + "/chapters/01-first/chapter.md: has a level-1 heading");
	}

	@Test
	void rejectsAContentFolderWithoutChapters() {
		ContentFixture content = fixture();
		content.root().resolve("chapters").toFile().mkdirs();

		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> load(content))
			.withMessageStartingWith(label(content) + ": no chapters found");
	}

	@Test
	void readsTheFolderWhenItExists() {
		ContentFixture content = fixture().chapter("01-first", "first", 1);

		ContentRoot root = ContentRoot.locate(content.root().toString(), this.resolver);

		assertThat(root.label()).isEqualTo(content.root().toString());
		assertThat(new CourseLoader(this.resolver).load(root).chapters()).extracting(Chapter::id)
			.containsExactly("first");
	}

	@Test
	void fallsBackToTheCopyOnTheClassPathWhenTheFolderIsMissing() throws IOException {
		new ContentFixture(this.temp.resolve("classes/content")).chapter("01-bundled", "bundled", 1, "Bundled.java");
		try (URLClassLoader classes = new URLClassLoader(new URL[] { this.temp.resolve("classes").toUri().toURL() },
				null)) {
			ResourcePatternResolver classPath = new PathMatchingResourcePatternResolver(
					new DefaultResourceLoader(classes));

			ContentRoot root = ContentRoot.locate(this.temp.resolve("missing").toString(), classPath);
			Course course = new CourseLoader(classPath).load(root);

			assertThat(root.label()).isEqualTo("classpath:content");
			assertThat(course.chapters()).extracting(Chapter::id).containsExactly("bundled");
			assertThat(course.chapters().getFirst().examples()).extracting(Example::fileName)
				.containsExactly("Bundled.java");
		}
	}

	@Test
	void failsWhenNeitherTheFolderNorABundledCopyExists() throws IOException {
		try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
			ResourcePatternResolver classPath = new PathMatchingResourcePatternResolver(
					new DefaultResourceLoader(empty));
			String missing = this.temp.resolve("missing").toString();

			assertThatExceptionOfType(ContentException.class).isThrownBy(() -> ContentRoot.locate(missing, classPath))
				.withMessageContaining("'" + missing + "' does not exist")
				.withMessageContaining("looplab.content-dir");
		}
	}

	private ContentFixture fixture() {
		return new ContentFixture(this.temp.resolve("content"));
	}

	private Course load(ContentFixture content) {
		return new CourseLoader(this.resolver).load(ContentRoot.locate(label(content), this.resolver));
	}

	private static String label(ContentFixture content) {
		return content.root().toString();
	}

}
