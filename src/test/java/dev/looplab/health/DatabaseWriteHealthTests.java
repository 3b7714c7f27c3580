package dev.looplab.health;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The write check tells the truth: UP when the heartbeat row is written, DOWN when the
 * database refuses writes (here: opened read-only) or has closed; a closed database stops
 * the server instead of leaving it answering 401 and 500 for ever.
 */
class DatabaseWriteHealthTests {

	@TempDir
	Path dir;

	@Test
	void upWhenTheHeartbeatIsWritten() {
		DataSource database = migrated("rw");

		Health health = indicator(database).health(true);

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(new JdbcTemplate(database).queryForObject("select count(*) from heartbeat", Integer.class)).isOne();
	}

	@Test
	void downWhenTheDatabaseCannotWrite() {
		migrated("ro");
		DataSource readOnly = new DriverManagerDataSource(
				"jdbc:h2:file:" + this.dir.resolve("ro") + ";ACCESS_MODE_DATA=r", "sa", "");

		Health health = indicator(readOnly).health(true);

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails().get("problem")).asString().startsWith("The database cannot write");
	}

	@Test
	void aClosedDatabaseIsDownAndStopsTheServer() throws SQLException, InterruptedException {
		DataSource database = migrated("closed");
		// What H2 does after a fatal error in the middle of a write (out of memory): it
		// closes its store under the open sessions, which stay open and fail every
		// statement from then on.
		Connection pooled = database.getConnection();
		SingleConnectionDataSource pool = new SingleConnectionDataSource(pooled, true);
		((SessionLocal) pooled.unwrap(JdbcConnection.class).getSession()).getDatabase()
			.getStore()
			.getMvStore()
			.closeImmediately();
		HeartbeatWriter writer = new HeartbeatWriter(new JdbcTemplate(pool), Duration.ofSeconds(2), Clock.systemUTC());
		CountDownLatch stopped = new CountDownLatch(1);

		Health health = new DatabaseWriteHealthIndicator(writer).health(true);
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails().get("problem")).asString().contains("closed");
		new DatabaseHeartbeat(writer, stopped::countDown).beat();

		assertThat(stopped.await(5, TimeUnit.SECONDS)).as("the server was asked to stop").isTrue();
	}

	private DataSource migrated(String name) {
		DataSource dataSource = new DriverManagerDataSource("jdbc:h2:file:" + this.dir.resolve(name), "sa", "");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		return dataSource;
	}

	private static DatabaseWriteHealthIndicator indicator(DataSource database) {
		return new DatabaseWriteHealthIndicator(
				new HeartbeatWriter(new JdbcTemplate(database), Duration.ofSeconds(2), Clock.systemUTC()));
	}

}
