package dev.looplab.account;

import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A private in-memory H2 database with Looplab's migrations applied, for tests that do
 * not need the whole application. Every statement gets a new connection, as happens in a
 * pool over time, so schema objects that only work on the connection that created them
 * are caught here.
 */
final class TestDatabase {

	private TestDatabase() {
	}

	static JdbcClient migrated() {
		DataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
				"sa", "");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		return JdbcClient.create(dataSource);
	}

}
