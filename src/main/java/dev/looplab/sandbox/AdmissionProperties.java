package dev.looplab.sandbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much of the sandbox runs, checks and gradings may use together, bound from
 * {@code looplab.sandbox.*} beside {@link SandboxProperties}.
 *
 * @param maxConcurrent how many runs, checks and gradings use a sandbox JVM at once; the
 * rest wait in one line, and a freed sandbox goes to the client with the fewest in use
 * @param queueCapacity how many may wait in that line before new runs and checks are
 * refused with 503 (a stored submission is never refused: it waits its turn)
 * @param queuePerClient how many runs and checks of one client (a user, or an address
 * when signed out) may wait in that line before its next are refused with 429
 */
@ConfigurationProperties("looplab.sandbox")
record AdmissionProperties(@DefaultValue("8") int maxConcurrent, @DefaultValue("64") int queueCapacity,
		@DefaultValue("8") int queuePerClient) {

	AdmissionProperties {
		if (maxConcurrent < 1) {
			throw new IllegalArgumentException(
					"looplab.sandbox.max-concurrent is %d; set it to 1 or more (how many programs may use a sandbox at once)"
						.formatted(maxConcurrent));
		}
		if (queueCapacity < 0) {
			throw new IllegalArgumentException(
					"looplab.sandbox.queue-capacity is %d; set it to 0 or more (how many may wait for a sandbox)"
						.formatted(queueCapacity));
		}
		if (queuePerClient < 1) {
			throw new IllegalArgumentException(
					"looplab.sandbox.queue-per-client is %d; set it to 1 or more (how many runs of one client may wait for a sandbox)"
						.formatted(queuePerClient));
		}
	}

}
