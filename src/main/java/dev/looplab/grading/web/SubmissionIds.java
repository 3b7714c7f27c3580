package dev.looplab.grading.web;

import java.util.Optional;
import java.util.UUID;

/**
 * Submission ids in URLs: a UUID, or no submission at all.
 */
final class SubmissionIds {

	private SubmissionIds() {
	}

	static Optional<UUID> parse(String id) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
