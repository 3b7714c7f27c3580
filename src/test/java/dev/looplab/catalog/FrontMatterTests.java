package dev.looplab.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FrontMatterTests {

	private static final String FILE = "content/chapters/03-x/chapter.md";

	@Test
	void readsEveryKey() {
		FrontMatter front = FrontMatter.parse(valid(), FILE);

		assertThat(front).isEqualTo(new FrontMatter("event-loops", "Event loops", 3, "One thread, many tasks.",
				List.of("Loop.java", "Tasks.java"), "virtual"));
	}

	@Test
	void anExampleClockCanBeRealButNothingElse() {
		Map<String, List<String>> real = new LinkedHashMap<>(valid());
		real.put("clock", List.of("real"));
		assertThat(FrontMatter.parse(real, FILE).clock()).isEqualTo("real");

		real.put("clock", List.of("sundial"));
		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> FrontMatter.parse(real, FILE))
			.withMessageContaining("clock")
			.withMessageContaining("'virtual'");
	}

	@Test
	void stripsQuotesAroundValues() {
		Map<String, List<String>> data = valid();
		data.put("title", List.of("\"Event loops: a first look\""));
		data.put("summary", List.of("'Quoted'"));
		data.put("examples", List.of("'Loop.java'"));

		FrontMatter front = FrontMatter.parse(data, FILE);

		assertThat(front.title()).isEqualTo("Event loops: a first look");
		assertThat(front.summary()).isEqualTo("Quoted");
		assertThat(front.examples()).containsExactly("Loop.java");
	}

	@Test
	void allowsAChapterWithoutExamples() {
		Map<String, List<String>> data = valid();
		data.remove("examples");

		assertThat(FrontMatter.parse(data, FILE).examples()).isEmpty();
		data.put("examples", List.of("[]"));
		assertThat(FrontMatter.parse(data, FILE).examples()).isEmpty();
	}

	@Test
	void namesTheFileAndTheMissingKey() {
		for (String key : List.of("id", "title", "order", "summary")) {
			Map<String, List<String>> data = valid();
			data.remove(key);

			assertThatExceptionOfType(ContentException.class).isThrownBy(() -> FrontMatter.parse(data, FILE))
				.withMessage(FILE + ": front matter key '" + key + "' is missing");
		}
	}

	@Test
	void rejectsAnEmptyValue() {
		for (List<String> empty : List.of(List.<String>of(), List.of("  "), List.of("\"\""))) {
			Map<String, List<String>> data = valid();
			data.put("summary", empty);

			assertThatExceptionOfType(ContentException.class).isThrownBy(() -> FrontMatter.parse(data, FILE))
				.withMessage(FILE + ": front matter key 'summary' is empty");
		}
	}

	@Test
	void rejectsAListWhereOneValueBelongs() {
		Map<String, List<String>> data = valid();
		data.put("title", List.of("One", "Two"));

		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> FrontMatter.parse(data, FILE))
			.withMessageStartingWith(FILE + ": front matter key 'title' must have exactly one value");
	}

	@Test
	void rejectsAnOrderThatIsNotAWholeNumber() {
		Map<String, List<String>> data = valid();
		data.put("order", List.of("third"));

		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> FrontMatter.parse(data, FILE))
			.withMessageStartingWith(FILE + ": front matter key 'order' has the bad value 'third'");
	}

	@Test
	void rejectsAnIdThatDoesNotFitAUrl() {
		Map<String, List<String>> data = valid();
		data.put("id", List.of("Event Loops"));

		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> FrontMatter.parse(data, FILE))
			.withMessageStartingWith(FILE + ": front matter key 'id' has the bad value 'Event Loops'");
	}

	@Test
	void rejectsExampleNamesThatAreNotJavaFiles() {
		for (String name : List.of("loop.py", "[Loop.java, Tasks.java]", "My Loop.java")) {
			Map<String, List<String>> data = valid();
			data.put("examples", List.of(name));

			assertThatExceptionOfType(ContentException.class).isThrownBy(() -> FrontMatter.parse(data, FILE))
				.withMessageStartingWith(FILE + ": front matter key 'examples' has the bad value '" + name + "'");
		}
	}

	@Test
	void rejectsAnExampleListedTwice() {
		Map<String, List<String>> data = valid();
		data.put("examples", List.of("Loop.java", "Loop.java"));

		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> FrontMatter.parse(data, FILE))
			.withMessage(FILE + ": front matter key 'examples' has the bad value 'Loop.java'; expected each file"
					+ " listed once");
	}

	@Test
	void rejectsUnknownKeysSoThatTyposDoNotPassSilently() {
		Map<String, List<String>> data = valid();
		data.put("exmaples", List.of("Loop.java"));

		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> FrontMatter.parse(data, FILE))
			.withMessageStartingWith(FILE + ": unknown front matter key(s) [exmaples]");
	}

	@Test
	void rejectsAFileWithoutFrontMatter() {
		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> FrontMatter.parse(Map.of(), FILE))
			.withMessageStartingWith(FILE + ": no front matter");
	}

	private static Map<String, List<String>> valid() {
		Map<String, List<String>> data = new LinkedHashMap<>();
		data.put("id", List.of("event-loops"));
		data.put("title", List.of("Event loops"));
		data.put("order", List.of("3"));
		data.put("summary", List.of("One thread, many tasks."));
		data.put("examples", List.of("Loop.java", "Tasks.java"));
		return data;
	}

}
