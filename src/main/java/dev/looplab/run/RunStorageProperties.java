package dev.looplab.run;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much of the runs the server keeps, bound from {@code looplab.runs.storage.*}. Each
 * run's events are already bounded by the sandbox's event budget; these bound the sum.
 *
 * @param recentInMemory the finished runs kept in memory for streaming and reading, by
 * the weight of their events (runs still running are always kept)
 * @param maxAge how long a finished run keeps its stored events; its verdict stays
 * @param maxSize the most that the stored events of all runs may take together; the
 * oldest runs' events go first
 * @param pruneInterval how often retention runs
 */
@ConfigurationProperties("looplab.runs.storage")
public record RunStorageProperties(@DefaultValue("64MB") DataSize recentInMemory, @DefaultValue("30d") Duration maxAge,
		@DefaultValue("1GB") DataSize maxSize, @DefaultValue("1h") Duration pruneInterval) {

	/** The defaults, for tests and tools. */
	public static RunStorageProperties defaults() {
		return new RunStorageProperties(DataSize.ofMegabytes(64), Duration.ofDays(30), DataSize.ofGigabytes(1),
				Duration.ofHours(1));
	}

}
