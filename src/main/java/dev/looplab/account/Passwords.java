package dev.looplab.account;

import java.nio.charset.StandardCharsets;

/**
 * The rules for passwords.
 */
public final class Passwords {

	/** Shortest allowed password, in characters. */
	public static final int MIN_LENGTH = 10;

	/**
	 * Longest allowed password, in UTF-8 bytes: bcrypt only reads this many, and Spring
	 * Security refuses to hash longer ones rather than silently ignore the rest.
	 */
	public static final int MAX_BYTES = 72;

	private Passwords() {
	}

	/**
	 * Tells whether a password is long enough.
	 * @param password the password, possibly {@code null}
	 * @return whether it has at least {@link #MIN_LENGTH} characters
	 */
	public static boolean isLongEnough(String password) {
		return password != null && password.codePointCount(0, password.length()) >= MIN_LENGTH;
	}

	/**
	 * Tells whether bcrypt can hash a password.
	 * @param password the password, possibly {@code null}
	 * @return whether it has at most {@link #MAX_BYTES} bytes in UTF-8
	 */
	public static boolean fitsHash(String password) {
		return password == null || password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
	}

}
