package dev.looplab.catalog;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CourseTests {

	@Test
	void keepsChaptersInCourseOrderAndFindsThemById() {
		Chapter third = chapter("third", 30, 2);
		Chapter first = chapter("first", 10, 1);
		Chapter second = chapter("second", 20, 0);

		Course course = new Course(List.of(third, first, second));

		assertThat(course.chapters()).containsExactly(first, second, third);
		assertThat(course.chapter("second")).contains(second);
		assertThat(course.chapter("fourth")).isEmpty();
		assertThat(course.exampleCount()).isEqualTo(3);
	}

	@Test
	void refusesTwoChaptersWithTheSameId() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Course(List.of(chapter("same", 1, 0), chapter("same", 2, 0))))
			.withMessageContaining("'same'");
	}

	@Test
	void listsExercisesInChapterOrderAndRefusesTwoWithTheSameId() {
		Chapter first = new Chapter("first", "first", 1, "About first", "", List.of(), List.of(),
				List.of(exercise("b", "first", 2), exercise("a", "first", 1)));
		Chapter second = new Chapter("second", "second", 2, "About second", "", List.of(), List.of(),
				List.of(exercise("c", "second", 1)));

		assertThat(new Course(List.of(second, first)).exercises()).extracting(Exercise::id)
			.containsExactly("a", "b", "c");
		assertThat(new Course(List.of(second, first)).exercise("b")).contains(exercise("b", "first", 2));
		Chapter clash = new Chapter("third", "third", 3, "About third", "", List.of(), List.of(),
				List.of(exercise("a", "third", 1)));
		assertThatIllegalArgumentException().isThrownBy(() -> new Course(List.of(first, clash)))
			.withMessageContaining("'a'");
	}

	private static Exercise exercise(String id, String chapterId, int order) {
		ExerciseFile file = new ExerciseFile("Crawl.java", "public class Crawl {}");
		return new Exercise(id, chapterId, id, order, "About " + id, 1, "virtual", null, ExerciseLimits.DEFAULTS,
				"<p>Do it.</p>", file, file, List.of(file), List.of());
	}

	private static Chapter chapter(String id, int order, int examples) {
		List<Example> list = IntStream.range(0, examples)
			.mapToObj((i) -> new Example(id + "-e" + i, "E" + i, "E" + i + ".java", "class E" + i + " {}"))
			.toList();
		return new Chapter(id, id, order, "About " + id, "<p>" + id + "</p>", List.of(), list);
	}

}
