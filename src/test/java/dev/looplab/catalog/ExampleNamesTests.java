package dev.looplab.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExampleNamesTests {

	@Test
	void idJoinsTheChapterIdAndTheClassNameInLowerCase() {
		assertThat(ExampleNames.id("concurrency-is-not-parallelism", "TakingTurns"))
			.isEqualTo("concurrency-is-not-parallelism-taking-turns");
		assertThat(ExampleNames.id("waiting", "Crawler")).isEqualTo("waiting-crawler");
		assertThat(ExampleNames.id("waiting", "HTTPCrawler2Fast")).isEqualTo("waiting-http-crawler2-fast");
	}

	@Test
	void titleSpellsTheClassNameAsWords() {
		assertThat(ExampleNames.title("TakingTurns")).isEqualTo("Taking turns");
		assertThat(ExampleNames.title("Crawler")).isEqualTo("Crawler");
		assertThat(ExampleNames.title("SlowHTTPServer")).isEqualTo("Slow HTTP server");
		assertThat(ExampleNames.title("first_loop")).isEqualTo("First loop");
	}

}
