package dev.looplab.catalog;

import java.util.List;

/**
 * One chapter of the course. {@code html} is rendered from Markdown with raw HTML escaped
 * and unsafe links removed, so pages may insert it unescaped.
 */
public record Chapter(String id, String title, int order, String summary, String html, List<Heading> toc,
		List<Example> examples) {

	public Chapter {
		toc = List.copyOf(toc);
		examples = List.copyOf(examples);
	}

}
