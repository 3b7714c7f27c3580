package dev.looplab.grading;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How submissions are graded, bound from {@code looplab.grading.*}. Checks (visible
 * tests, stored nowhere) share the run module's rate limit settings and source size
 * limit, and wait for a sandbox in the same line as runs.
 *
 * @param concurrency how many submissions are graded at once, each waiting its turn in
 * the sandbox's line; the rest wait in the stored queue
 * @param submissionRateLimit how many submissions one learner may make in a burst
 */
@ConfigurationProperties("looplab.grading")
record GradingProperties(@DefaultValue("2") int concurrency, @DefaultValue SubmissionRateLimit submissionRateLimit) {

	/**
	 * A token bucket per learner: {@code capacity} submissions at once, refilled at
	 * {@code refillPerMinute}.
	 */
	record SubmissionRateLimit(@DefaultValue("10") int capacity, @DefaultValue("10") int refillPerMinute) {
	}

}
