package dev.looplab.catalog;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogConfigurationTests {

	@TempDir
	Path temp;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withUserConfiguration(Catalog.class);

	@Test
	void loadsTheCourseFromTheConfiguredFolder() {
		new ContentFixture(this.temp).chapter("01-first", "first", 1, "First.java");

		this.contextRunner.withPropertyValues("looplab.content-dir=" + this.temp).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(Course.class).chapters()).extracting(Chapter::id).containsExactly("first");
		});
	}

	@Test
	void readsTheProjectsContentFolderByDefault() {
		this.contextRunner
			.run((context) -> assertThat(context.getBean(Course.class).chapter("waiting-is-the-problem")).isPresent());
	}

	@Test
	void failsToStartWithABrokenChapterAndSaysWhichFile() {
		new ContentFixture(this.temp).write("01-first/chapter.md", "---\nid: first\norder: 1\nsummary: S.\n---\n");

		this.contextRunner.withPropertyValues("looplab.content-dir=" + this.temp).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(ContentException.class)
				.hasMessage(this.temp + "/chapters/01-first/chapter.md: front matter key 'title' is missing");
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(ContentProperties.class)
	@Import(CatalogConfiguration.class)
	static class Catalog {

	}

}
