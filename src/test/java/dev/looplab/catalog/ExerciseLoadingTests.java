package dev.looplab.catalog;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Exercise folders beside chapters, read by the {@link CourseLoader}. */
class ExerciseLoadingTests {

	@TempDir
	Path temp;

	private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	@Test
	void readsAnExerciseFolderWithItsDefaults() {
		ContentFixture content = fixture().chapter("01-first", "first", 1)
			.exercise("01-first", "crawl-faster", 1, 5)
			.write("01-first/exercises/crawl-faster/tests/visible/CrawlExamples.java", "class CrawlExamples {\n}\n");

		Exercise exercise = load(content).exercise("crawl-faster").orElseThrow();

		assertThat(exercise.id()).isEqualTo("crawl-faster");
		assertThat(exercise.chapterId()).isEqualTo("first");
		assertThat(exercise.title()).isEqualTo("Title of crawl-faster");
		assertThat(exercise.order()).isEqualTo(1);
		assertThat(exercise.summary()).isEqualTo("What crawl-faster asks.");
		assertThat(exercise.maxScore()).isEqualTo(5);
		assertThat(exercise.clock()).isEqualTo("virtual");
		assertThat(exercise.seed()).isNull();
		assertThat(exercise.limits()).isEqualTo(new ExerciseLimits(10, 20));
		assertThat(exercise.statementHtml()).contains("<h2 id=\"what-to-do\">What to do</h2>",
				"<p>Make crawl-faster faster.</p>");
		assertThat(exercise.starter())
			.isEqualTo(new ExerciseFile("Crawl.java", "public class Crawl { /* starter */ }\n"));
		assertThat(exercise.reference().content()).contains("reference");
		assertThat(exercise.starter().className()).isEqualTo("Crawl");
		assertThat(exercise.hiddenTests()).extracting(ExerciseFile::fileName).containsExactly("CrawlTests.java");
		assertThat(exercise.visibleTests())
			.containsExactly(new ExerciseFile("CrawlExamples.java", "class CrawlExamples {\n}\n"));
	}

	@Test
	void readsTheOptionalKeys() {
		ContentFixture content = fixture().chapter("01-first", "first", 1)
			.exercise("01-first", "crawl-faster", 1, 5, "clock: real", "seed: -42", "cpu-seconds: 5",
					"wall-seconds: 30");

		Exercise exercise = load(content).exercise("crawl-faster").orElseThrow();

		assertThat(exercise.clock()).isEqualTo("real");
		assertThat(exercise.seed()).isEqualTo(-42L);
		assertThat(exercise.limits()).isEqualTo(new ExerciseLimits(5, 30));
	}

	@Test
	void listsExercisesByChapterAndThenByTheirOrder() {
		ContentFixture content = fixture().chapter("02-second", "second", 2)
			.chapter("01-first", "first", 1)
			.exercise("02-second", "c", 1, 1)
			.exercise("01-first", "b", 2, 1)
			.exercise("01-first", "a", 10, 1)
			.exercise("01-first", "z", 1, 1);

		Course course = load(content);

		assertThat(course.exercises()).extracting(Exercise::id).containsExactly("z", "b", "a", "c");
		assertThat(course.chapter("first").orElseThrow().exercises()).extracting(Exercise::id)
			.containsExactly("z", "b", "a");
		assertThat(course.exercise("missing")).isEmpty();
	}

	@Test
	void aChapterWithoutAnExercisesFolderHasNoExercises() {
		Course course = load(fixture().chapter("01-first", "first", 1, "First.java"));

		assertThat(course.chapters().getFirst().exercises()).isEmpty();
		assertThat(course.exercises()).isEmpty();
	}

	@Test
	void namesTheFolderWhenAFileIsMissing() {
		ContentFixture content = fixture().chapter("01-first", "first", 1)
			.exercise("01-first", "crawl", 1, 5)
			.delete("01-first/exercises/crawl/starter/Crawl.java");

		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> load(content))
			.withMessage(
					label(content) + "/chapters/01-first/exercises/crawl: starter/ must hold exactly one .java file,"
							+ " found []; an exercise folder holds " + ExerciseLoader.LAYOUT);
	}

	@Test
	void namesTheFolderWhenExerciseMdIsMissing() {
		ContentFixture content = fixture().chapter("01-first", "first", 1)
			.exercise("01-first", "crawl", 1, 5)
			.delete("01-first/exercises/crawl/exercise.md");

		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> load(content))
			.withMessage(label(content) + "/chapters/01-first/exercises/crawl: exercise.md is missing; an exercise"
					+ " folder holds " + ExerciseLoader.LAYOUT);
	}

	@Test
	void rejectsAFileOutsideTheLayoutSuchAsAMisspeltFolder() {
		ContentFixture content = fixture().chapter("01-first", "first", 1)
			.exercise("01-first", "crawl", 1, 5)
			.write("01-first/exercises/crawl/tests/hiden/MoreTests.java", "class MoreTests {}\n");

		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> load(content))
			.withMessageStartingWith(label(content)
					+ "/chapters/01-first/exercises/crawl: unexpected file(s) [tests/hiden/MoreTests.java]");
	}

	@Test
	void theReferenceMustHaveTheStartersName() {
		ContentFixture content = fixture().chapter("01-first", "first", 1)
			.exercise("01-first", "crawl", 1, 5)
			.delete("01-first/exercises/crawl/reference/Crawl.java")
			.write("01-first/exercises/crawl/reference/Solution.java", "public class Solution {}\n");

		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> load(content))
			.withMessageStartingWith(
					label(content) + "/chapters/01-first/exercises/crawl: the starter is Crawl.java but"
							+ " the reference is Solution.java");
	}

	@Test
	void needsAtLeastOneHiddenTest() {
		ContentFixture content = fixture().chapter("01-first", "first", 1)
			.exercise("01-first", "crawl", 1, 5)
			.delete("01-first/exercises/crawl/tests/hidden/CrawlTests.java");

		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> load(content))
			.withMessageStartingWith(label(content) + "/chapters/01-first/exercises/crawl: has no hidden tests");
	}

	@Test
	void thePointsMustBeTheSumOfTheHiddenTestsPoints() {
		ContentFixture content = fixture().chapter("01-first", "first", 1)
			.exercise("01-first", "crawl", 1, 5)
			.write("01-first/exercises/crawl/tests/hidden/MoreTests.java",
					"class MoreTests {\n\t@Points(value = 2) void a() {}\n\t// @Points(7) was too many\n}\n");

		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> load(content))
			.withMessage(label(content) + "/chapters/01-first/exercises/crawl: front matter key 'points' is 5, but the"
					+ " @Points of the hidden tests add up to 7 {CrawlTests.java=5, MoreTests.java=2}; make them equal"
					+ " (write each @Points with a number, like @Points(2))");
	}

	@Test
	void theIdMustBeTheFolderName() {
		ContentFixture content = fixture().chapter("01-first", "first", 1)
			.exercise("01-first", "crawl", 1, 5)
			.write("01-first/exercises/crawl/exercise.md",
					"---\nid: crawler\ntitle: T\norder: 1\npoints: 5\nsummary: S.\n---\n\nText.\n");

		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> load(content))
			.withMessage(label(content) + "/chapters/01-first/exercises/crawl/exercise.md: front matter key 'id' is"
					+ " 'crawler', but the folder is named 'crawl'; rename the folder or change the id so that they match");
	}

	@Test
	void rejectsTwoExercisesWithTheSameIdInDifferentChapters() {
		ContentFixture content = fixture().chapter("01-first", "first", 1)
			.chapter("02-second", "second", 2)
			.exercise("01-first", "crawl", 1, 5)
			.exercise("02-second", "crawl", 1, 5);

		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> load(content))
			.withMessageContaining("front matter key 'id' has the value 'crawl', which")
			.withMessageContaining("/chapters/01-first/exercises/crawl/exercise.md")
			.withMessageContaining("/chapters/02-second/exercises/crawl/exercise.md");
	}

	@Test
	void rejectsTwoExercisesWithTheSameOrderInAChapter() {
		ContentFixture content = fixture().chapter("01-first", "first", 1)
			.exercise("01-first", "one", 1, 5)
			.exercise("01-first", "two", 1, 5);

		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> load(content))
			.withMessage(label(content) + "/chapters/01-first/exercises/two/exercise.md: front matter key 'order' has"
					+ " the value 1, which " + label(content) + "/chapters/01-first/exercises/one/exercise.md already"
					+ " uses; give each exercise of a chapter its own number");
	}

	@Test
	void rejectsBadFrontMatterValuesNamingTheKey() {
		List<String[]> cases = List.of(new String[] { "seed: soon", "'seed' has the bad value 'soon'" },
				new String[] { "clock: sundial", "'clock' has the bad value 'sundial'" },
				new String[] { "wall-seconds: 0", "'wall-seconds' has the bad value '0'" },
				new String[] { "cpu-seconds: 3600", "'cpu-seconds' has the bad value '3600'; expected at most 300" },
				new String[] { "timeout: 3", "unknown front matter key(s) [timeout]" });
		for (String[] badCase : cases) {
			Path root = this.temp.resolve("content-" + cases.indexOf(badCase));
			ContentFixture content = new ContentFixture(root).chapter("01-first", "first", 1)
				.exercise("01-first", "crawl", 1, 5, badCase[0]);

			assertThatExceptionOfType(ContentException.class).as(badCase[0])
				.isThrownBy(() -> load(content))
				.withMessageStartingWith(label(content) + "/chapters/01-first/exercises/crawl/exercise.md: ")
				.withMessageContaining(badCase[1]);
		}
	}

	@Test
	void rejectsAStatementWithALevelOneHeading() {
		ContentFixture content = fixture().chapter("01-first", "first", 1)
			.exercise("01-first", "crawl", 1, 5)
			.write("01-first/exercises/crawl/exercise.md",
					"---\nid: crawl\ntitle: T\norder: 1\npoints: 5\nsummary: S.\n---\n\n# Crawl\n");

		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> load(content))
			.withMessageStartingWith(
					label(content) + "/chapters/01-first/exercises/crawl/exercise.md: has a level-1 heading");
	}

	@Test
	void readsExercisesFromACourseBundledInAJar() throws IOException {
		ContentFixture content = new ContentFixture(this.temp.resolve("classes/content"))
			.chapter("01-first", "first", 1, "First.java")
			.chapter("02-second", "second", 2)
			.exercise("01-first", "crawl", 1, 5);
		Path jar = this.temp.resolve("course.jar");
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
				Stream<Path> files = Files.walk(content.root())) {
			for (Path file : files.sorted().toList()) {
				String name = this.temp.resolve("classes").relativize(file).toString().replace('\\', '/');
				out.putNextEntry(new JarEntry(Files.isDirectory(file) ? name + "/" : name));
				if (Files.isRegularFile(file)) {
					out.write(Files.readAllBytes(file));
				}
				out.closeEntry();
			}
		}
		try (URLClassLoader classes = new URLClassLoader(new URL[] { jar.toUri().toURL() }, null)) {
			ResourcePatternResolver classPath = new PathMatchingResourcePatternResolver(
					new DefaultResourceLoader(classes));

			Course course = new CourseLoader(classPath)
				.load(ContentRoot.locate(this.temp.resolve("missing").toString(), classPath));

			assertThat(course.exercises()).extracting(Exercise::id).containsExactly("crawl");
			assertThat(course.exercise("crawl").orElseThrow().hiddenTests()).extracting(ExerciseFile::fileName)
				.containsExactly("CrawlTests.java");
			assertThat(course.chapter("second").orElseThrow().exercises()).isEmpty();
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
