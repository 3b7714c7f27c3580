package dev.looplab.health;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Readiness: DOWN when the heap is nearly full even right after the collector ran, the
 * state in which every request soon ends in {@code OutOfMemoryError}. Memory in use
 * before a collection says nothing (it is mostly garbage), so this reads what the last
 * collection of each heap pool left.
 */
@Component("heap")
class HeapHealthIndicator extends AbstractHealthIndicator {

	private final double downRatio;

	HeapHealthIndicator(HealthProperties properties) {
		super("The heap check failed");
		this.downRatio = properties.heapDownRatio();
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		long max = Runtime.getRuntime().maxMemory();
		long live = liveBytesAfterCollection();
		double ratio = (double) live / max;
		builder.status((ratio >= this.downRatio) ? Status.DOWN : Status.UP)
			.withDetail("liveAfterCollectionBytes", live)
			.withDetail("maxBytes", max);
	}

	private static long liveBytesAfterCollection() {
		long live = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported()) {
				MemoryUsage afterCollection = pool.getCollectionUsage();
				live += (afterCollection != null) ? afterCollection.getUsed() : 0;
			}
		}
		return live;
	}

}
