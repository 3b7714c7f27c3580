package dev.looplab.account;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes the {@code users} table.
 */
@Repository
class UserAccounts {

	private final JdbcClient jdbc;

	UserAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<UserAccount> findByUsername(String username) {
		return this.jdbc.sql("""
				select id, username, password_hash, role, enabled, created_at
				from users where username = :username""")
			.param("username", username)
			.query((rs, row) -> new UserAccount(rs.getLong("id"), rs.getString("username"),
					rs.getString("password_hash"), Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	boolean exists(String username) {
		return this.jdbc.sql("select count(*) from users where username = :username")
			.param("username", username)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Inserts an enabled account.
	 * @throws org.springframework.dao.DuplicateKeyException if the name is taken
	 */
	void insert(String username, String passwordHash, Role role) {
		this.jdbc.sql("insert into users (username, password_hash, role) values (:username, :hash, :role)")
			.param("username", username)
			.param("hash", passwordHash)
			.param("role", role.name())
			.update();
	}

	/** Every account, enabled or not, in alphabetical order. */
	List<AccountSummary> summaries() {
		return this.jdbc.sql("select username, role, created_at from users order by username")
			.query((rs, row) -> new AccountSummary(rs.getString("username"), Role.valueOf(rs.getString("role")),
					rs.getObject("created_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * Gives an account another role.
	 * @return whether the account exists
	 */
	boolean updateRole(String username, Role role) {
		return this.jdbc.sql("update users set role = :role where username = :username")
			.param("role", role.name())
			.param("username", username)
			.update() > 0;
	}

	/** The names of the enabled accounts with this role, in alphabetical order. */
	List<String> namesWithRole(Role role) {
		return this.jdbc.sql("select username from users where role = :role and enabled order by username")
			.param("role", role.name())
			.query(String.class)
			.list();
	}

}
