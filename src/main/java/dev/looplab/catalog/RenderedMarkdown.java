package dev.looplab.catalog;

import java.util.List;
import java.util.Map;

/**
 * A Markdown file after parsing: its front matter (key to values, as written), its body
 * as HTML and every heading in document order.
 */
record RenderedMarkdown(Map<String, List<String>> frontMatter, String html, List<Heading> headings) {

	RenderedMarkdown {
		frontMatter = Map.copyOf(frontMatter);
		headings = List.copyOf(headings);
	}

	/** The headings a table of contents shows: sections and their subsections. */
	List<Heading> toc() {
		return this.headings.stream().filter((heading) -> heading.level() == 2 || heading.level() == 3).toList();
	}

}
