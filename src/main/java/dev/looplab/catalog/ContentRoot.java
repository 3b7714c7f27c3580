package dev.looplab.catalog;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Where the course is read from: the configured folder when it exists (authors edit it
 * and restart), otherwise the copy bundled into the application under {@code content/} on
 * the class path.
 *
 * @param location the Spring resource location of the content folder, ending in a slash
 * @param label how files are named in messages, e.g. {@code content} or
 * {@code classpath:content}
 */
record ContentRoot(String location, String label) {

	static final String BUNDLED = "classpath:content/";

	static ContentRoot locate(String contentDir, ResourcePatternResolver resolver) {
		Path folder = Path.of(contentDir);
		if (Files.isDirectory(folder)) {
			return new ContentRoot(folder.toAbsolutePath().normalize().toUri().toString(), contentDir);
		}
		if (!resolver.getResource(BUNDLED).exists()) {
			throw new ContentException("No course content: the folder '" + folder.toAbsolutePath()
					+ "' does not exist and no copy is bundled on the class path under content/; set"
					+ " looplab.content-dir (or LOOPLAB_CONTENT_DIR) to the folder that holds chapters/");
		}
		return new ContentRoot(BUNDLED, "classpath:content");
	}

	/** Every {@code chapters/NN-slug/chapter.md}, in no particular order. */
	List<ChapterFile> chapterFiles(ResourcePatternResolver resolver) {
		try {
			return Arrays.stream(resolver.getResources(this.location + "chapters/*/chapter.md"))
				.map((resource) -> chapterFile(resource, folderName(resource)))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the chapters in " + this.label, ex);
		}
	}

	private ChapterFile chapterFile(Resource markdown, String folderName) {
		return new ChapterFile(markdown, this.label + "/chapters/" + folderName,
				this.location + "chapters/" + folderName + "/", folderName);
	}

	/**
	 * Every file inside the chapter's exercise folders, by its path below
	 * {@code exercises/} (e.g. {@code crawl/starter/Crawl.java}), sorted by that path.
	 * Folders themselves are left out.
	 */
	SortedMap<String, Resource> exerciseFiles(ChapterFile chapter, ResourcePatternResolver resolver) {
		String marker = "/chapters/" + chapter.folderName() + "/exercises/";
		SortedMap<String, Resource> files = new TreeMap<>();
		try {
			for (Resource resource : resolver.getResources(chapter.location() + "exercises/*/**")) {
				String path = resource.getURL().getPath();
				int at = path.lastIndexOf(marker);
				if (at >= 0 && !path.endsWith("/") && resource.isReadable()) {
					files.put(path.substring(at + marker.length()), resource);
				}
			}
		}
		catch (FileNotFoundException ex) {
			// No exercises folder: a chapter without exercises.
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the exercises in " + chapter.folder(), ex);
		}
		return files;
	}

	private static String folderName(Resource chapterMarkdown) {
		try {
			String[] segments = chapterMarkdown.getURL().getPath().split("/");
			return segments[segments.length - 2];
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A chapter's Markdown file and the name of its folder as authors see it (e.g.
	 * {@code content/chapters/01-waiting-is-the-problem}), with the resource location of
	 * that folder (ending in a slash) and its bare name.
	 */
	record ChapterFile(Resource markdown, String folder, String location, String folderName) {

		String name() {
			return this.folder + "/chapter.md";
		}

	}

}
