package dev.looplab.catalog;

/**
 * A runnable Java program that belongs to a chapter. {@code fileName} names the public
 * class it declares ({@code Crawler.java} declares {@code Crawler}); {@code clock} is the
 * clock it runs with unless the learner picks the other ({@code virtual} or
 * {@code real}).
 */
public record Example(String id, String title, String fileName, String source, String clock) {

	/** An example that runs in virtual time, the default. */
	public Example(String id, String title, String fileName, String source) {
		this(id, title, fileName, source, "virtual");
	}

}
