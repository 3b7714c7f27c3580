package dev.looplab.account;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules for user names. Names are compared and stored in lower case, so the rules
 * apply after {@link #normalize(String)}.
 */
public final class UserNames {

	/** Shortest allowed user name. */
	public static final int MIN_LENGTH = 3;

	/** Longest allowed user name (the column is this wide). */
	public static final int MAX_LENGTH = 32;

	private static final Pattern ALLOWED = Pattern.compile("[a-z0-9_.-]{" + MIN_LENGTH + "," + MAX_LENGTH + "}");

	private UserNames() {
	}

	/**
	 * Returns the stored form of a typed user name: without surrounding blanks and in
	 * lower case.
	 * @param typed the name as typed, possibly {@code null}
	 * @return the stored form, empty for {@code null}
	 */
	public static String normalize(String typed) {
		return (typed != null) ? typed.strip().toLowerCase(Locale.ROOT) : "";
	}

	/**
	 * Tells whether a normalized name follows the rules.
	 * @param normalized a name returned by {@link #normalize(String)}
	 * @return whether the name may be stored
	 */
	public static boolean isAllowed(String normalized) {
		return ALLOWED.matcher(normalized).matches();
	}

}
