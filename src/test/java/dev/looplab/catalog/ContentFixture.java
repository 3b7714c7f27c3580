package dev.looplab.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes chapters into a folder laid out like {@code content/}, for tests.
 */
class ContentFixture {

	private final Path root;

	ContentFixture(Path root) {
		this.root = root;
	}

	Path root() {
		return this.root;
	}

	/**
	 * A valid chapter with the given examples, each a small class named after its file.
	 */
	ContentFixture chapter(String folder, String id, int order, String... examples) {
		StringBuilder markdown = new StringBuilder("---\nid: " + id + "\ntitle: Title of " + id + "\norder: " + order
				+ "\nsummary: What " + id + " is about.\n");
		if (examples.length > 0) {
			markdown.append("examples:\n");
		}
		for (String example : examples) {
			markdown.append("  - ").append(example).append('\n');
			String className = example.replace(".java", "");
			write(folder + "/examples/" + example, "public class " + className + " {\n}\n");
		}
		markdown.append("---\n\n## First section\n\nText of ").append(id).append(".\n");
		return write(folder + "/chapter.md", markdown.toString());
	}

	/** Writes a file under {@code chapters/}. */
	ContentFixture write(String pathUnderChapters, String text) {
		Path file = this.root.resolve("chapters").resolve(pathUnderChapters);
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

}
