package dev.looplab.grading;

import java.util.Locale;

/**
 * Which of a learner's submissions to an exercise counts in the gradebook.
 */
public enum ScorePolicy {

	/** The highest score of any graded submission (the first that reached it). */
	BEST,
	/** The score of the newest graded submission, even when an earlier one did better. */
	LATEST;

	/**
	 * Reads the {@code policy} request parameter; anything but {@code latest} means
	 * {@link #BEST}, the default.
	 */
	public static ScorePolicy parse(String parameter) {
		return "latest".equalsIgnoreCase((parameter != null) ? parameter.strip() : "") ? LATEST : BEST;
	}

	/** The value of the {@code policy} request parameter that selects this policy. */
	public String parameter() {
		return name().toLowerCase(Locale.ROOT);
	}

}
