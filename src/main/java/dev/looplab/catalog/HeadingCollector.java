package dev.looplab.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Records each heading as it is rendered, with the id the heading-anchor extension gave
 * it. Registered after that extension, so the ids in the table of contents are exactly
 * the ids in the HTML (duplicate titles get numbered suffixes there, and here too).
 */
class HeadingCollector implements AttributeProvider {

	private final List<Heading> headings = new ArrayList<>();

	@Override
	public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
		if (node instanceof org.commonmark.node.Heading heading) {
			this.headings.add(new Heading(heading.getLevel(), plainText(heading), attributes.get("id")));
		}
	}

	List<Heading> headings() {
		return this.headings;
	}

	private static String plainText(Node heading) {
		StringBuilder text = new StringBuilder();
		heading.accept(new AbstractVisitor() {

			@Override
			public void visit(Text node) {
				text.append(node.getLiteral());
			}

			@Override
			public void visit(Code node) {
				text.append(node.getLiteral());
			}

		});
		return text.toString().strip();
	}

}
