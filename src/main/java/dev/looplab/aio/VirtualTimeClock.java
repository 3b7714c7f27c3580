package dev.looplab.aio;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A {@link Clock} that reads a {@link VirtualClock}, for the {@code now()} methods. */
final class VirtualTimeClock extends Clock {

	private final VirtualClock source;

	private final ZoneId zone;

	VirtualTimeClock(VirtualClock source, ZoneId zone) {
		this.source = source;
		this.zone = zone;
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new VirtualTimeClock(this.source, zone);
	}

	@Override
	public long millis() {
		return this.source.currentTimeMillis();
	}

	@Override
	public Instant instant() {
		long nanos = this.source.nanos();
		return Instant.ofEpochMilli(this.source.currentTimeMillis()).plusNanos(nanos % 1_000_000);
	}

}
