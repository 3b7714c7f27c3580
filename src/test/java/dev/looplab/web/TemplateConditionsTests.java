package dev.looplab.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thymeleaf applies {@code th:replace} and {@code th:insert} before {@code th:if},
 * {@code th:unless} and {@code th:each}, so a condition written on the same tag as a
 * fragment inclusion is silently ignored (the exercise page once streamed a finished
 * submission's feedback a second time that way). Conditions go on a wrapping
 * {@code th:block}.
 */
class TemplateConditionsTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^>]*>", Pattern.DOTALL);

	private static final Pattern INCLUSION = Pattern.compile("\\sth:(replace|insert)=");

	private static final Pattern CONDITION = Pattern.compile("\\sth:(if|unless|each)=");

	@Test
	void noTagPairsAFragmentInclusionWithACondition() throws IOException {
		List<String> offenders = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".html")).toList()) {
				String html = Files.readString(file);
				Matcher tag = TAG.matcher(html);
				while (tag.find()) {
					if (INCLUSION.matcher(tag.group()).find() && CONDITION.matcher(tag.group()).find()) {
						int line = (int) html.substring(0, tag.start()).lines().count();
						offenders
							.add(TEMPLATES.relativize(file) + ":" + line + " " + tag.group().replaceAll("\\s+", " "));
					}
				}
			}
		}
		assertThat(offenders).as("tags whose condition Thymeleaf would ignore").isEmpty();
	}

}
