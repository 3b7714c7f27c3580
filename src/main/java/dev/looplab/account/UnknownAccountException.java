package dev.looplab.account;

/**
 * Thrown when an account is named that does not exist.
 */
public class UnknownAccountException extends RuntimeException {

	UnknownAccountException(String username) {
		super("No account is named '" + username + "'");
	}

}
