package dev.looplab.run;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import dev.looplab.sandbox.SandboxEvent;
import dev.looplab.sandbox.Verdict;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code runs} table: one row per run, written when it is accepted and completed when
 * it finishes. Retention may later remove a finished run's events, keeping its verdict.
 */
@Repository
class RunRecords {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final JdbcClient jdbc;

	private final StoredEvents storedEvents;

	RunRecords(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.storedEvents = new StoredEvents(json);
	}

	void started(String id, RunSubmission submission, Instant at) {
		this.jdbc.sql("""
				insert into runs (id, owner, client, clock, source_sha256, source_bytes, status, created_at)
				values (?, ?, ?, ?, ?, ?, 'RUNNING', ?)""")
			.params(id, submission.owner(), submission.client(), submission.clock().name(), submission.sourceSha256(),
					submission.sourceBytes(), at)
			.update();
	}

	void finished(String id, List<SandboxEvent> events, SandboxEvent.Finished result, Instant at) {
		String stored = this.storedEvents.write(events);
		this.jdbc.sql("""
				update runs set status = 'FINISHED', verdict = ?, exit_code = ?, wall_millis = ?, events = ?,
				events_bytes = ?, finished_at = ? where id = ?""")
			.params(result.verdict().name(), result.exitCode(), result.wallMillis(), stored, bytes(stored), at, id)
			.update();
	}

	/** The recorded events of a run; empty when there is no such run. */
	Optional<LiveRun> find(String id) {
		return this.jdbc.sql("""
				select status, verdict, exit_code, wall_millis, events, finished_at, events_pruned_at
				from runs where id = ?""").param(id).query((rs, row) -> {
			if (rs.getString("events") != null) {
				return LiveRun.finished(id, this.storedEvents.read(rs.getString("events")));
			}
			return (rs.getTimestamp("events_pruned_at") != null) ? LiveRun.finished(id, List.of(pruned(rs)))
					: new LiveRun(id);
		}).optional();
	}

	/** What is left of a run whose events retention removed: its verdict, and why. */
	private static SandboxEvent.Finished pruned(ResultSet rs) throws SQLException {
		Verdict verdict = Verdict.valueOf(rs.getString("verdict"));
		int exitCode = rs.getInt("exit_code");
		Integer code = rs.wasNull() ? null : exitCode;
		long wallMillis = rs.getLong("wall_millis");
		Timestamp finishedAt = rs.getTimestamp("finished_at");
		String message = ("This run ended with %s%s. Its output and trace were removed on %s by the server's retention"
				+ " of old runs; only the verdict is kept. Run the program again to see them.")
			.formatted(verdict, (finishedAt != null) ? " on " + DAY.format(finishedAt.toInstant()) : "",
					DAY.format(rs.getTimestamp("events_pruned_at").toInstant()));
		return new SandboxEvent.Finished(verdict, code, wallMillis, message, wallMillis);
	}

	/**
	 * Runs left RUNNING by a server that stopped mid-run can never finish now; close them
	 * with a verdict that says so.
	 */
	int closeInterrupted(Instant at) {
		SandboxEvent.Finished interrupted = new SandboxEvent.Finished(Verdict.CRASHED, null, 0,
				"The server restarted while this program was running, so it was stopped. Run it again.", 0);
		String stored = this.storedEvents.write(List.of(interrupted));
		return this.jdbc.sql("""
				update runs set status = 'FINISHED', verdict = ?, events = ?, events_bytes = ?, finished_at = ?
				where status = 'RUNNING'""").params(Verdict.CRASHED.name(), stored, bytes(stored), at).update();
	}

	/** Removes the events of runs that finished before the cutoff. */
	int pruneFinishedBefore(Instant cutoff, Instant at) {
		return this.jdbc.sql("""
				update runs set events = null, events_bytes = 0, events_pruned_at = ?
				where status = 'FINISHED' and events is not null and finished_at < ?""").params(at, cutoff).update();
	}

	/**
	 * Removes the events of the oldest finished runs until those left take at most so
	 * many bytes together.
	 */
	int pruneBeyond(long maxBytes, Instant at) {
		return this.jdbc.sql("""
				update runs set events = null, events_bytes = 0, events_pruned_at = ?
				where id in (select id from (
				    select id, sum(coalesce(events_bytes, 0)) over (order by finished_at desc, id desc) as newer_bytes
				    from runs where status = 'FINISHED' and events is not null)
				  where newer_bytes > ?)""").params(at, maxBytes).update();
	}

	/** The bytes the stored events of all runs take. */
	long storedBytes() {
		return this.jdbc.sql("select coalesce(sum(events_bytes), 0) from runs").query(Long.class).single();
	}

	private static long bytes(String stored) {
		return stored.getBytes(StandardCharsets.UTF_8).length;
	}

}
