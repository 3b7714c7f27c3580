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

	private static Chapter chapter(String id, int order, int examples) {
		List<Example> list = IntStream.range(0, examples)
			.mapToObj((i) -> new Example(id + "-e" + i, "E" + i, "E" + i + ".java", "class E" + i + " {}"))
			.toList();
		return new Chapter(id, id, order, "About " + id, "<p>" + id + "</p>", List.of(), list);
	}

}
