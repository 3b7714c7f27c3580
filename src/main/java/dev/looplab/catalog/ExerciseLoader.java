package dev.looplab.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.springframework.core.io.Resource;

import dev.looplab.catalog.ContentRoot.ChapterFile;

/**
 * Reads the exercise folders beside one chapter ({@code exercises/<id>/}). Each problem
 * stops the load with a {@link ContentException} that names the exercise folder and says
 * what to change, because a half-loaded exercise would grade learners against the wrong
 * tests.
 */
class ExerciseLoader {

	static final String LAYOUT = "exercise.md, starter/<Name>.java, reference/<Name>.java and tests/hidden/*.java"
			+ " (tests/visible/*.java is optional)";

	private final MarkdownRenderer markdown;

	ExerciseLoader(MarkdownRenderer markdown) {
		this.markdown = markdown;
	}

	/**
	 * @param files every file below the chapter's {@code exercises/} folder, by path
	 * relative to it
	 */
	List<Exercise> load(ChapterFile chapter, String chapterId, SortedMap<String, Resource> files) {
		Map<String, SortedMap<String, Resource>> byFolder = new TreeMap<>();
		files.forEach((path, resource) -> {
			int slash = path.indexOf('/');
			byFolder.computeIfAbsent(path.substring(0, slash), (name) -> new TreeMap<>())
				.put(path.substring(slash + 1), resource);
		});
		Map<Integer, String> folderByOrder = new HashMap<>();
		List<Exercise> exercises = new ArrayList<>();
		byFolder.forEach((name, folderFiles) -> {
			String folder = chapter.folder() + "/exercises/" + name;
			Exercise exercise = exercise(new ExerciseFolder(folder, name, folderFiles), chapterId);
			String clash = folderByOrder.putIfAbsent(exercise.order(), folder);
			if (clash != null) {
				throw new ContentException(folder + "/exercise.md: front matter key 'order' has the value "
						+ exercise.order() + ", which " + clash + "/exercise.md already uses; give each exercise"
						+ " of a chapter its own number");
			}
			exercises.add(exercise);
		});
		return exercises;
	}

	private Exercise exercise(ExerciseFolder folder, String chapterId) {
		folder.rejectUnexpectedFiles();
		String file = folder.label() + "/exercise.md";
		RenderedMarkdown statement = this.markdown.render(folder.readRequired("exercise.md"));
		ExerciseFrontMatter front = ExerciseFrontMatter.parse(statement.frontMatter(), file);
		if (!front.id().equals(folder.name())) {
			throw new ContentException(
					file + ": front matter key 'id' is '" + front.id() + "', but the folder is named '" + folder.name()
							+ "'; rename the folder or change the id so that they match");
		}
		if (statement.headings().stream().anyMatch((heading) -> heading.level() == 1)) {
			throw new ContentException(file + ": has a level-1 heading ('# ...'); the page already shows the title"
					+ " from the front matter as its only level-1 heading, so start sections at '##'");
		}
		if (statement.html().isBlank()) {
			throw new ContentException(
					file + ": has no statement; below the front matter, tell the learner what" + " to change and why");
		}
		ExerciseFile starter = folder.single("starter");
		ExerciseFile reference = folder.single("reference");
		if (!reference.fileName().equals(starter.fileName())) {
			throw new ContentException(folder.label() + ": the starter is " + starter.fileName()
					+ " but the reference is " + reference.fileName() + "; give both the same name, since the tests"
					+ " call the same class in either");
		}
		List<ExerciseFile> hidden = folder.javaFiles("tests/hidden");
		if (hidden.isEmpty()) {
			throw new ContentException(folder.label() + ": has no hidden tests; add at least one JUnit test class"
					+ " as tests/hidden/<Name>.java");
		}
		checkPoints(folder.label(), front.points(), hidden);
		return new Exercise(front.id(), chapterId, front.title(), front.order(), front.summary(), front.points(),
				front.clock(), front.seed(), front.limits(), statement.html(), starter, reference, hidden,
				folder.javaFiles("tests/visible"));
	}

	private static void checkPoints(String folder, int points, List<ExerciseFile> hidden) {
		Map<String, Integer> byFile = new LinkedHashMap<>();
		for (ExerciseFile test : hidden) {
			byFile.put(test.fileName(), TestPoints.sum(test));
		}
		int sum = byFile.values().stream().mapToInt(Integer::intValue).sum();
		if (sum != points) {
			throw new ContentException(folder + ": front matter key 'points' is " + points
					+ ", but the @Points of the hidden tests add up to " + sum + " " + byFile
					+ "; make them equal (write each @Points with a number, like @Points(2))");
		}
	}

}
