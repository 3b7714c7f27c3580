package dev.looplab.account;

/**
 * Thrown when a token cannot be created; the message says what to change.
 */
public class ApiTokenRefusedException extends RuntimeException {

	ApiTokenRefusedException(String message) {
		super(message);
	}

}
