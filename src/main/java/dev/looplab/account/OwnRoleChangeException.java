package dev.looplab.account;

/**
 * Thrown when an admin tries to change their own role. Refusing it means there is always
 * an admin left: the last one cannot demote themselves, and another admin can only be
 * demoted by an admin who stays one.
 */
public class OwnRoleChangeException extends RuntimeException {

	OwnRoleChangeException(String username) {
		super("'" + username + "' may not change their own role");
	}

}
