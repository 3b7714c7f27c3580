package dev.looplab.health;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes the heartbeat every few seconds, and stops the server when the database has
 * closed for good. H2 closes its store after a fatal error (running out of memory in the
 * middle of a write) and does not reopen it while the process lives: every sign-in would
 * then fail with 401 and every run with 500 until someone restarted it. Stopping with a
 * non-zero exit code lets the supervisor (Docker's restart policy, systemd) start a
 * server that opens the database afresh. See ADR 0013.
 */
@Component
class DatabaseHeartbeat {

	private static final Logger log = LoggerFactory.getLogger(DatabaseHeartbeat.class);

	/** The exit code when the database closed: EX_SOFTWARE of sysexits.h. */
	static final int STORE_CLOSED_EXIT_CODE = 70;

	private final HeartbeatWriter writer;

	private final Runnable stopServer;

	@Autowired
	DatabaseHeartbeat(JdbcTemplate jdbc, HealthProperties properties, ApplicationContext context) {
		this(new HeartbeatWriter(jdbc, properties.writeTimeout(), Clock.systemUTC()),
				() -> System.exit(SpringApplication.exit(context, () -> STORE_CLOSED_EXIT_CODE)));
	}

	DatabaseHeartbeat(HeartbeatWriter writer, Runnable stopServer) {
		this.writer = writer;
		this.stopServer = stopServer;
	}

	@Scheduled(initialDelayString = "${looplab.health.heartbeat-interval:10s}",
			fixedDelayString = "${looplab.health.heartbeat-interval:10s}")
	void beat() {
		HeartbeatWriter.Beat beat = this.writer.write();
		if (beat.storeClosed()) {
			log.error("The database has closed ({}); stopping the server so that it can be started afresh",
					beat.problem());
			// Not on this thread: closing the context waits for scheduled tasks to end.
			Thread.ofPlatform().name("stop-on-closed-database").start(this.stopServer);
		}
		else if (!beat.written()) {
			log.warn("The heartbeat could not be written: {}", beat.problem());
		}
	}

}
