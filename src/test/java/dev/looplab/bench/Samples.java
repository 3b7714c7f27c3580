package dev.looplab.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Latencies of one measured series, in milliseconds, with the percentiles the report
 * shows.
 */
final class Samples {

	private final List<Double> millis = Collections.synchronizedList(new ArrayList<>());

	private long wallNanos;

	void add(long nanos) {
		this.millis.add(nanos / 1e6);
	}

	void wall(long nanos) {
		this.wallNanos = nanos;
	}

	int count() {
		return this.millis.size();
	}

	double percentile(double p) {
		List<Double> sorted = new ArrayList<>(this.millis);
		Collections.sort(sorted);
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	double perSecond() {
		return count() / (this.wallNanos / 1e9);
	}

}
