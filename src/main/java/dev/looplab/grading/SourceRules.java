package dev.looplab.grading;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;

/**
 * What a submitted or checked source must be: not empty, and no larger than a run's
 * source may be.
 */
final class SourceRules {

	private SourceRules() {
	}

	static void validate(String source, int maxBytes) {
		if (source == null || source.isBlank()) {
			throw GradingRejected.badRequest("Empty source",
					"There is no code to grade. Send your solution, one Java file, in \"source\".");
		}
		int bytes = source.getBytes(StandardCharsets.UTF_8).length;
		if (bytes > maxBytes) {
			throw new GradingRejected(HttpStatus.CONTENT_TOO_LARGE, "Source too large",
					"The source is %d KiB; the limit is %d KiB. Remove unused code or large data and submit again."
						.formatted((bytes + 1023) / 1024, maxBytes / 1024),
					null);
		}
	}

}
