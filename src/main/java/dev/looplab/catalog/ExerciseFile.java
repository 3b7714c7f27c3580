package dev.looplab.catalog;

/**
 * One Java source file of an exercise (its starter, reference or a test), named as it is
 * compiled: {@code Crawl.java} declares the public class {@code Crawl}.
 */
public record ExerciseFile(String fileName, String content) {

	/** The public class the file declares, e.g. {@code Crawl} for {@code Crawl.java}. */
	public String className() {
		return this.fileName.substring(0, this.fileName.length() - ".java".length());
	}

}
