package dev.looplab.catalog;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Turns chapter Markdown into HTML that a page may insert as is: raw HTML in the source
 * comes out as visible text and links or images with unsafe schemes (such as
 * {@code javascript:}) lose their target; links also get {@code rel="nofollow"}. Fenced
 * code keeps its language as a {@code language-xxx} class, which the browser-side
 * highlighter looks for.
 */
class MarkdownRenderer {

	private static final List<Extension> EXTENSIONS = List.of(YamlFrontMatterExtension.create(),
			TablesExtension.create(), HeadingAnchorExtension.create());

	/**
	 * The default sanitizer also lets {@code data:} links through; a chapter has no need
	 * for them, and they can carry a whole HTML page.
	 */
	private static final UrlSanitizer SAFE_SCHEMES = new DefaultUrlSanitizer(List.of("http", "https", "mailto"));

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	RenderedMarkdown render(String markdown) {
		Node document = this.parser.parse(markdown);
		YamlFrontMatterVisitor frontMatter = new YamlFrontMatterVisitor();
		document.accept(frontMatter);
		// A renderer per document: the collector must see only this document's headings.
		HeadingCollector headings = new HeadingCollector();
		HtmlRenderer renderer = HtmlRenderer.builder()
			.extensions(EXTENSIONS)
			.escapeHtml(true)
			.sanitizeUrls(true)
			.urlSanitizer(SAFE_SCHEMES)
			.attributeProviderFactory((context) -> headings)
			.build();
		String html = renderer.render(document);
		return new RenderedMarkdown(frontMatter.getData(), html, headings.headings());
	}

}
