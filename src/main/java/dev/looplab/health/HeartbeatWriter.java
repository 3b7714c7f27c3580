package dev.looplab.health;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the one heartbeat row and says whether that worked within a short time. A real
 * write, committed: a read would succeed on a database whose store has closed, and a
 * check without a time bound would hang with the pool it tests.
 */
class HeartbeatWriter {

	private final JdbcTemplate jdbc;

	private final Duration timeout;

	private final Clock clock;

	HeartbeatWriter(JdbcTemplate jdbc, Duration timeout, Clock clock) {
		this.jdbc = jdbc;
		this.timeout = timeout;
		this.clock = clock;
	}

	Beat write() {
		FutureTask<Void> task = new FutureTask<>(() -> {
			this.jdbc.update("merge into heartbeat key (id) values (1, ?)", Timestamp.from(this.clock.instant()));
			return null;
		});
		Thread.ofVirtual().name("heartbeat-write").start(task);
		try {
			task.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
			return Beat.WRITTEN;
		}
		catch (TimeoutException ex) {
			task.cancel(true);
			return new Beat(false, false, "no write finished within " + this.timeout.toMillis() + " ms");
		}
		catch (ExecutionException ex) {
			return new Beat(false, storeClosed(ex.getCause()), String.valueOf(ex.getCause().getMessage()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Beat(false, false, "interrupted");
		}
	}

	/**
	 * Whether the failure says the database itself has closed (H2 closes its store after
	 * a fatal error, such as running out of memory mid-write); it does not reopen while
	 * the server runs.
	 */
	static boolean storeClosed(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && (sql.getErrorCode() == DATABASE_IS_CLOSED)) {
				return true;
			}
			if (cause.getMessage() != null && cause.getMessage().contains("store is closed")) {
				return true;
			}
		}
		return false;
	}

	/** H2's error code for "Database is already closed". */
	static final int DATABASE_IS_CLOSED = 90098;

	/**
	 * One attempt.
	 *
	 * @param written whether the row was written
	 * @param storeClosed whether it failed because the database has closed for good
	 * @param problem why it failed, or null
	 */
	record Beat(boolean written, boolean storeClosed, String problem) {

		static final Beat WRITTEN = new Beat(true, false, null);

	}

}
