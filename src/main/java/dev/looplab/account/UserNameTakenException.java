package dev.looplab.account;

/**
 * Thrown when an account is to be created under a name that already has one.
 */
public class UserNameTakenException extends RuntimeException {

	private final String username;

	UserNameTakenException(String username) {
		super("The user name '" + username + "' is taken");
		this.username = username;
	}

	/**
	 * Returns the normalized name that is taken.
	 * @return the user name
	 */
	public String username() {
		return this.username;
	}

}
