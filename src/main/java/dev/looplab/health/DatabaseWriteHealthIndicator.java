package dev.looplab.health;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Readiness: UP only when the database takes a write now, within the write timeout. A
 * server that can read but not write would sign nobody in and record no run.
 */
@Component("databaseWrite")
class DatabaseWriteHealthIndicator extends AbstractHealthIndicator {

	private final HeartbeatWriter writer;

	@Autowired
	DatabaseWriteHealthIndicator(JdbcTemplate jdbc, HealthProperties properties) {
		this(new HeartbeatWriter(jdbc, properties.writeTimeout(), Clock.systemUTC()));
	}

	DatabaseWriteHealthIndicator(HeartbeatWriter writer) {
		super("The database write check failed");
		this.writer = writer;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		HeartbeatWriter.Beat beat = this.writer.write();
		if (beat.written()) {
			builder.up();
		}
		else {
			builder.down().withDetail("problem", "The database cannot write: " + beat.problem());
		}
	}

}
