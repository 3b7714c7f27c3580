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

	/**
	 * A valid exercise beside a chapter: front matter with the given extra lines, a
	 * statement, {@code Crawl.java} as starter and reference, and one hidden test class
	 * worth {@code points}.
	 */
	ContentFixture exercise(String chapterFolder, String id, int order, int points, String... extraFrontMatter) {
		String folder = chapterFolder + "/exercises/" + id + "/";
		StringBuilder front = new StringBuilder("---\nid: " + id + "\ntitle: Title of " + id + "\norder: " + order
				+ "\npoints: " + points + "\nsummary: What " + id + " asks.\n");
		for (String line : extraFrontMatter) {
			front.append(line).append('\n');
		}
		front.append("---\n\n## What to do\n\nMake ").append(id).append(" faster.\n");
		return write(folder + "exercise.md", front.toString())
			.write(folder + "starter/Crawl.java", "public class Crawl { /* starter */ }\n")
			.write(folder + "reference/Crawl.java", "public class Crawl { /* reference */ }\n")
			.write(folder + "tests/hidden/CrawlTests.java",
					"class CrawlTests {\n\t@Points(" + points + ")\n\tvoid works() {\n\t}\n}\n");
	}

	/** Deletes a file under {@code chapters/}. */
	ContentFixture delete(String pathUnderChapters) {
		try {
			Files.delete(this.root.resolve("chapters").resolve(pathUnderChapters));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
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
