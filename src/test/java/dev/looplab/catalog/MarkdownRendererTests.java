package dev.looplab.catalog;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTests {

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	@Test
	void readsFrontMatterAndLeavesItOutOfTheHtml() {
		RenderedMarkdown page = this.renderer.render("""
				---
				id: first
				examples:
				  - A.java
				  - B.java
				---

				Body text.
				""");

		assertThat(page.frontMatter()).containsEntry("id", List.of("first"))
			.containsEntry("examples", List.of("A.java", "B.java"));
		assertThat(page.html()).isEqualTo("<p>Body text.</p>\n");
	}

	@Test
	void rendersGithubTables() {
		RenderedMarkdown page = this.renderer.render("""
				| Page | Waiting |
				|------|--------:|
				| page-1 | 1 s |
				""");

		assertThat(page.html()).contains("<table>", "<th>Page</th>", "<td>page-1</td>")
			.contains("<td align=\"right\">1 s</td>");
	}

	@Test
	void givesHeadingsIdsAndListsSectionsInTheTableOfContents() {
		RenderedMarkdown page = this.renderer.render("""
				## Where the `time` goes
				### A closer look
				#### Too deep for the contents
				## Where the `time` goes
				""");

		assertThat(page.html()).contains("<h2 id=\"where-the-time-goes\">")
			.contains("<h3 id=\"a-closer-look\">")
			.contains("<h2 id=\"where-the-time-goes-1\">");
		assertThat(page.toc()).containsExactly(new Heading(2, "Where the time goes", "where-the-time-goes"),
				new Heading(3, "A closer look", "a-closer-look"),
				new Heading(2, "Where the time goes", "where-the-time-goes-1"));
		assertThat(page.headings()).extracting(Heading::level).containsExactly(2, 3, 4, 2);
	}

	@Test
	void numbersHeadingIdsAfreshForEachDocument() {
		this.renderer.render("## Summary\n");

		assertThat(this.renderer.render("## Summary\n").toc()).containsExactly(new Heading(2, "Summary", "summary"));
	}

	@Test
	void marksFencedCodeWithItsLanguage() {
		RenderedMarkdown page = this.renderer.render("""
				```java
				if (a < b) { run(); }
				```

				```python
				await asyncio.sleep(1)
				```
				""");

		assertThat(page.html()).contains("<pre><code class=\"language-java\">if (a &lt; b) { run(); }\n</code></pre>")
			.contains("<pre><code class=\"language-python\">await asyncio.sleep(1)\n</code></pre>");
	}

	@Test
	void escapesRawHtmlSoThatScriptsCannotRun() {
		RenderedMarkdown page = this.renderer.render("""
				<script>alert('block')</script>

				Inline <script>alert('inline')</script> and <img src=x onerror="alert(1)">.
				""");

		assertThat(page.html()).doesNotContain("<script", "<img")
			.contains("&lt;script&gt;alert('block')&lt;/script&gt;")
			.contains("&lt;script&gt;alert('inline')&lt;/script&gt;")
			.contains("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
	}

	@Test
	void removesUnsafeLinkAndImageTargets() {
		RenderedMarkdown page = this.renderer.render("""
				[click](javascript:alert(1)) [also](JAVASCRIPT:alert(2)) ![pic](javascript:alert(3))
				[data](data:text/html;base64,PHNjcmlwdD4=) <javascript:alert(4)>

				[safe](https://example.org/) [relative](/chapters/next) [anchor](#top)
				""");

		assertThat(page.html().toLowerCase(Locale.ROOT)).doesNotContain("href=\"javascript", "src=\"javascript",
				"href=\"data");
		assertThat(page.html()).contains("<a rel=\"nofollow\" href=\"\">click</a>", "<img src=\"\" alt=\"pic\" />")
			.contains("<a rel=\"nofollow\" href=\"\">data</a>")
			.contains("<a rel=\"nofollow\" href=\"https://example.org/\">safe</a>")
			.contains("<a rel=\"nofollow\" href=\"/chapters/next\">relative</a>")
			.contains("<a rel=\"nofollow\" href=\"#top\">anchor</a>");
	}

}
