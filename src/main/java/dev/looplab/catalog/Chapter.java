package dev.looplab.catalog;

import java.util.Comparator;
import java.util.List;

/**
 * One chapter of the course. {@code html} is rendered from Markdown with raw HTML escaped
 * and unsafe links removed, so pages may insert it unescaped. {@code exercises} are the
 * graded exercises beside it, by their order.
 */
public record Chapter(String id, String title, int order, String summary, String html, List<Heading> toc,
		List<Example> examples, List<Exercise> exercises) {

	public Chapter {
		toc = List.copyOf(toc);
		examples = List.copyOf(examples);
		exercises = exercises.stream().sorted(Comparator.comparingInt(Exercise::order)).toList();
	}

	/** A chapter without exercises. */
	public Chapter(String id, String title, int order, String summary, String html, List<Heading> toc,
			List<Example> examples) {
		this(id, title, order, summary, html, toc, examples, List.of());
	}

}
