package dev.looplab.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Derives an example's id and title from its class name, so that authors only list file
 * names: {@code TakingTurns} in chapter {@code concurrency-is-not-parallelism} becomes
 * the id {@code concurrency-is-not-parallelism-taking-turns} and the title "Taking
 * turns".
 */
final class ExampleNames {

	/**
	 * Between a lower-case letter or digit and an upper-case letter, at the end of an
	 * acronym ({@code HTTPServer}), and at underscores.
	 */
	private static final Pattern WORD_BOUNDARY = Pattern
		.compile("(?<=[\\p{Ll}\\d])(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})|_+");

	private ExampleNames() {
	}

	static String id(String chapterId, String className) {
		return chapterId + "-" + String.join("-", words(className)).toLowerCase(Locale.ROOT);
	}

	static String title(String className) {
		String[] words = words(className);
		String title = String.join(" ", Arrays.stream(words).map(ExampleNames::inTitle).toList());
		return Character.toUpperCase(title.charAt(0)) + title.substring(1);
	}

	/** Acronyms keep their capitals; other words are lower-cased mid-sentence. */
	private static String inTitle(String word) {
		boolean acronym = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
		return acronym ? word : word.toLowerCase(Locale.ROOT);
	}

	private static String[] words(String className) {
		return Arrays.stream(WORD_BOUNDARY.split(className)).filter((word) -> !word.isEmpty()).toArray(String[]::new);
	}

}
