package dev.looplab.grading;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How submissions are graded, bound from {@code looplab.grading.*}. Checks (visible
 * tests, stored nowhere) share the run module's rate limit settings and source size
 * limit.
 *
 * @param concurrency how many submissions are graded at once; the rest wait in the queue
 * @param submissionRateLimit how many submissions one learner may make in a burst
 * @param checkQueueCapacity how many checks may wait for a grader before new ones are
 * refused with 503
 */
@ConfigurationProperties("looplab.grading")
record GradingProperties(@DefaultValue("2") int concurrency, @DefaultValue SubmissionRateLimit submissionRateLimit,
		@DefaultValue("32") int checkQueueCapacity) {

	/**
	 * A token bucket per learner: {@code capacity} submissions at once, refilled at
	 * {@code refillPerMinute}.
	 */
	record SubmissionRateLimit(@DefaultValue("10") int capacity, @DefaultValue("10") int refillPerMinute) {
	}

}
