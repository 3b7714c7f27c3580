package dev.looplab.run;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on accepting runs, bound from {@code looplab.runs.*}.
 *
 * @param maxSourceBytes the largest source accepted, in UTF-8 bytes
 * @param rateLimit how many runs one client may start
 */
@ConfigurationProperties("looplab.runs")
public record RunProperties(@DefaultValue("65536") int maxSourceBytes, @DefaultValue RateLimit rateLimit) {

	/**
	 * A token bucket per client: {@code capacity} runs at once, refilled at
	 * {@code refillPerMinute}.
	 */
	public record RateLimit(@DefaultValue("20") int capacity, @DefaultValue("30") int refillPerMinute) {
	}

}
