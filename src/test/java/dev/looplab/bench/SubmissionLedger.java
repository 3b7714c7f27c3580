package dev.looplab.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The server's own record of the load test's submissions, read from its H2 database after
 * it stopped: whether each one was stored, graded, and graded only once, and how long it
 * waited from being stored to being graded.
 */
final class SubmissionLedger {

	private final List<String> expected;

	private final Map<String, Row> rows;

	private SubmissionLedger(List<String> expected, Map<String, Row> rows) {
		this.expected = expected;
		this.rows = rows;
	}

	static SubmissionLedger read(Path dataDirectory, List<String> ids) throws SQLException {
		Map<String, Row> rows = new HashMap<>();
		String url = "jdbc:h2:file:" + dataDirectory.resolve("looplab") + ";ACCESS_MODE_DATA=r";
		try (Connection db = DriverManager.getConnection(url, "looplab", "");
				PreparedStatement query = db
					.prepareStatement("select id, status, created_at, graded_at, grading_count from submissions")) {
			try (ResultSet result = query.executeQuery()) {
				while (result.next()) {
					OffsetDateTime graded = result.getObject("graded_at", OffsetDateTime.class);
					rows.put(result.getString("id"),
							new Row(result.getString("status"), result.getObject("created_at", OffsetDateTime.class),
									graded, result.getInt("grading_count")));
				}
			}
		}
		return new SubmissionLedger(ids, rows);
	}

	Samples queuedToGraded() {
		Samples samples = new Samples();
		for (String id : this.expected) {
			Row row = this.rows.get(id);
			if (row != null && row.gradedAt() != null) {
				samples.add(Duration.between(row.createdAt(), row.gradedAt()).toNanos());
			}
		}
		return samples;
	}

	String summary() {
		long stored = this.expected.stream().filter(this.rows::containsKey).count();
		long graded = this.expected.stream()
			.map(this.rows::get)
			.filter((row) -> row != null && row.status().equals("GRADED"))
			.count();
		long once = this.expected.stream()
			.map(this.rows::get)
			.filter((row) -> row != null && row.gradings() == 1)
			.count();
		return "%d of %d submissions stored, %d graded, %d graded exactly once.".formatted(stored, this.expected.size(),
				graded, once);
	}

	List<String> problems() {
		List<String> problems = new ArrayList<>();
		for (String id : this.expected) {
			Row row = this.rows.get(id);
			if (row == null) {
				problems.add(id + " is missing from the database");
			}
			else if (!row.status().equals("GRADED")) {
				problems.add(id + " is stored as " + row.status());
			}
			else if (row.gradings() != 1) {
				problems.add(id + " was graded " + row.gradings() + " times");
			}
		}
		return problems;
	}

	private record Row(String status, OffsetDateTime createdAt, OffsetDateTime gradedAt, int gradings) {
	}

}
