package dev.looplab.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedMap;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;

/**
 * The files of one exercise folder, by path inside it, and the rules for where they go.
 *
 * @param label how the folder is named in messages
 * @param name the folder's own name, which must be the exercise's id
 */
record ExerciseFolder(String label, String name, SortedMap<String, Resource> files) {

	/** Only these places hold files; anything else is most likely a misspelt folder. */
	private static final Pattern EXPECTED = Pattern
		.compile("exercise\\.md|(starter|reference|tests/hidden|tests/visible)/[^/]+\\.java");

	void rejectUnexpectedFiles() {
		List<String> unexpected = this.files.keySet()
			.stream()
			.filter((path) -> !EXPECTED.matcher(path).matches())
			.toList();
		if (!unexpected.isEmpty()) {
			throw new ContentException(this.label + ": unexpected file(s) " + unexpected + "; an exercise folder holds "
					+ ExerciseLoader.LAYOUT);
		}
	}

	String readRequired(String path) {
		Resource resource = this.files.get(path);
		if (resource == null) {
			throw new ContentException(
					this.label + ": " + path + " is missing; an exercise folder holds " + ExerciseLoader.LAYOUT);
		}
		return read(path, resource);
	}

	/** The one Java file in {@code folder}, such as the starter. */
	ExerciseFile single(String folder) {
		List<ExerciseFile> found = javaFiles(folder);
		if (found.size() != 1) {
			throw new ContentException(this.label + ": " + folder + "/ must hold exactly one .java file, found "
					+ found.stream().map(ExerciseFile::fileName).toList() + "; an exercise folder holds "
					+ ExerciseLoader.LAYOUT);
		}
		return found.getFirst();
	}

	/** The Java files directly in {@code folder}, by file name. */
	List<ExerciseFile> javaFiles(String folder) {
		return this.files.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().startsWith(folder + "/"))
			.map((entry) -> javaFile(entry.getKey(), entry.getValue()))
			.toList();
	}

	private ExerciseFile javaFile(String path, Resource resource) {
		String fileName = path.substring(path.lastIndexOf('/') + 1);
		if (!FrontMatter.JAVA_FILE.matcher(fileName).matches()) {
			throw new ContentException(this.label + "/" + path + ": is not a Java file name; name it after the public"
					+ " class it declares, like Crawl.java");
		}
		String content = read(path, resource);
		if (content.isBlank()) {
			throw new ContentException(this.label + "/" + path + ": is empty");
		}
		return new ExerciseFile(fileName, content);
	}

	private String read(String path, Resource resource) {
		try {
			return resource.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new ContentException(this.label + "/" + path + ": cannot be read (" + ex.getMessage() + ")", ex);
		}
	}

}
