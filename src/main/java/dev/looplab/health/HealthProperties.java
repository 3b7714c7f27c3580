package dev.looplab.health;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the server checks itself, bound from {@code looplab.health.*}.
 *
 * @param writeTimeout how long the heartbeat write may take before the database counts as
 * unable to write
 * @param heartbeatInterval how often the server writes its heartbeat on its own (to stop
 * itself when the database has closed, even if nobody asks for health)
 * @param heapDownRatio the share of the maximum heap still in use after a full collection
 * from which readiness is DOWN
 */
@ConfigurationProperties("looplab.health")
public record HealthProperties(@DefaultValue("2s") Duration writeTimeout,
		@DefaultValue("10s") Duration heartbeatInterval, @DefaultValue("0.9") double heapDownRatio) {
}
