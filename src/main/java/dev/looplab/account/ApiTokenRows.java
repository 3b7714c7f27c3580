package dev.looplab.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes the {@code api_tokens} table.
 */
@Repository
class ApiTokenRows {

	private final JdbcClient jdbc;

	ApiTokenRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the new row's id
	 */
	long insert(String username, String name, String sha256, String hint, Instant createdAt) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into api_tokens (username, name, token_sha256, hint, created_at)
				values (:username, :name, :sha256, :hint, :createdAt)""")
			.param("username", username)
			.param("name", name)
			.param("sha256", sha256)
			.param("hint", hint)
			.param("createdAt", createdAt.atOffset(ZoneOffset.UTC))
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	List<ApiTokenSummary> ofOwner(String username) {
		return this.jdbc.sql("select id, name, hint, created_at from api_tokens where username = :username order by id")
			.param("username", username)
			.query((rs, row) -> new ApiTokenSummary(rs.getLong("id"), rs.getString("name"), rs.getString("hint"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	int countOfOwner(String username) {
		return this.jdbc.sql("select count(*) from api_tokens where username = :username")
			.param("username", username)
			.query(Integer.class)
			.single();
	}

	/** The owner of the token with this hash, if the token exists. */
	Optional<String> ownerOf(String sha256) {
		return this.jdbc.sql("select username from api_tokens where token_sha256 = :sha256")
			.param("sha256", sha256)
			.query(String.class)
			.optional();
	}

	/**
	 * @return whether the owner had such a token
	 */
	boolean delete(String username, long id) {
		return this.jdbc.sql("delete from api_tokens where id = :id and username = :username")
			.param("id", id)
			.param("username", username)
			.update() > 0;
	}

}
