package dev.looplab.catalog;

/**
 * The course content is broken. The message names the file and what is wrong with it, so
 * that an author can fix it from the start-up log alone.
 */
class ContentException extends RuntimeException {

	ContentException(String message) {
		super(message);
	}

	ContentException(String message, Throwable cause) {
		super(message, cause);
	}

}
