package dev.looplab.run;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the stored runs under their retention: the events of runs older than the maximum
 * age, then of the oldest runs past the maximum total size, are removed; each run keeps
 * its row and verdict, and its page says what was removed. Every run's events are already
 * bounded by the sandbox's event budget, so one pass brings the total back under.
 */
@Component
class RunRetention {

	private static final Logger log = LoggerFactory.getLogger(RunRetention.class);

	private final RunRecords records;

	private final RunStorageProperties storage;

	private final Clock clock;

	@Autowired
	RunRetention(RunRecords records, RunStorageProperties storage) {
		this(records, storage, Clock.systemUTC());
	}

	RunRetention(RunRecords records, RunStorageProperties storage, Clock clock) {
		this.records = records;
		this.storage = storage;
		this.clock = clock;
	}

	// A minute after start, so that a server restarted often still prunes.
	@Scheduled(initialDelayString = "1m", fixedDelayString = "${looplab.runs.storage.prune-interval:1h}")
	void prune() {
		Instant now = this.clock.instant();
		int old = this.records.pruneFinishedBefore(now.minus(this.storage.maxAge()), now);
		int beyond = this.records.pruneBeyond(this.storage.maxSize().toBytes(), now);
		if (old + beyond > 0) {
			log.info("Retention removed the events of {} runs older than {} and of {} more past {} in all", old,
					this.storage.maxAge(), beyond, this.storage.maxSize());
		}
	}

}
