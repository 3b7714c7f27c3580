package dev.looplab.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

import dev.looplab.catalog.ContentRoot.ChapterFile;

/**
 * Reads every chapter under a {@link ContentRoot}, with its exercises, into a
 * {@link Course}. Any problem stops the load with a {@link ContentException} naming the
 * file or exercise folder.
 */
class CourseLoader {

	private final ResourcePatternResolver resolver;

	private final MarkdownRenderer markdown = new MarkdownRenderer();

	private final ExerciseLoader exercises = new ExerciseLoader(this.markdown);

	CourseLoader(ResourcePatternResolver resolver) {
		this.resolver = resolver;
	}

	Course load(ContentRoot root) {
		List<ChapterFile> files = root.chapterFiles(this.resolver);
		if (files.isEmpty()) {
			throw new ContentException(root.label() + ": no chapters found; each chapter is a file " + root.label()
					+ "/chapters/NN-slug/chapter.md");
		}
		Map<String, String> fileById = new HashMap<>();
		Map<Integer, String> fileByOrder = new HashMap<>();
		Map<String, String> folderByExerciseId = new HashMap<>();
		List<Chapter> chapters = new ArrayList<>();
		for (ChapterFile file : files) {
			Chapter chapter = chapter(root, file);
			String clash = fileById.putIfAbsent(chapter.id(), file.name());
			if (clash != null) {
				throw new ContentException(file.name() + ": front matter key 'id' has the value '" + chapter.id()
						+ "', which " + clash + " already uses");
			}
			clash = fileByOrder.putIfAbsent(chapter.order(), file.name());
			if (clash != null) {
				throw new ContentException(file.name() + ": front matter key 'order' has the value " + chapter.order()
						+ ", which " + clash + " already uses");
			}
			for (Exercise exercise : chapter.exercises()) {
				String folder = file.folder() + "/exercises/" + exercise.id();
				clash = folderByExerciseId.putIfAbsent(exercise.id(), folder);
				if (clash != null) {
					throw new ContentException(folder + "/exercise.md: front matter key 'id' has the value '"
							+ exercise.id() + "', which " + clash + "/exercise.md already uses; exercise ids are"
							+ " unique across the course, so rename one of the two folders and its id");
				}
			}
			chapters.add(chapter);
		}
		return new Course(chapters);
	}

	private Chapter chapter(ContentRoot root, ChapterFile file) {
		RenderedMarkdown page = this.markdown.render(read(file.markdown(), file.name()));
		FrontMatter front = FrontMatter.parse(page.frontMatter(), file.name());
		if (page.headings().stream().anyMatch((heading) -> heading.level() == 1)) {
			throw new ContentException(file.name() + ": has a level-1 heading ('# ...'); the page already shows the"
					+ " title from the front matter as its only level-1 heading, so start sections at '##'");
		}
		List<Example> examples = front.examples()
			.stream()
			.map((fileName) -> example(file, front.id(), fileName, front.clock()))
			.toList();
		List<Exercise> exercises = this.exercises.load(file, front.id(), root.exerciseFiles(file, this.resolver));
		return new Chapter(front.id(), front.title(), front.order(), front.summary(), page.html(), page.toc(), examples,
				exercises);
	}

	private Example example(ChapterFile chapter, String chapterId, String fileName, String clock) {
		String name = chapter.folder() + "/examples/" + fileName;
		Resource resource = createRelative(chapter.markdown(), "examples/" + fileName);
		if (!resource.exists()) {
			throw new ContentException(chapter.name() + ": front matter key 'examples' lists '" + fileName + "', but "
					+ name + " does not exist");
		}
		String source = read(resource, name);
		if (source.isBlank()) {
			throw new ContentException(name + ": is empty");
		}
		String className = fileName.substring(0, fileName.length() - ".java".length());
		return new Example(ExampleNames.id(chapterId, className), ExampleNames.title(className), fileName, source,
				clock);
	}

	private static Resource createRelative(Resource resource, String relativePath) {
		try {
			return resource.createRelative(relativePath);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Resource resource, String name) {
		try {
			return resource.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new ContentException(name + ": cannot be read (" + ex.getMessage() + ")", ex);
		}
	}

}
