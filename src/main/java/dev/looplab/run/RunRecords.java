package dev.looplab.run;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.looplab.sandbox.SandboxEvent;
import dev.looplab.sandbox.Verdict;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code runs} table: one row per run, written when it is accepted and completed when
 * it finishes.
 */
@Repository
class RunRecords {

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
		this.jdbc.sql("""
				update runs set status = 'FINISHED', verdict = ?, exit_code = ?, wall_millis = ?, events = ?,
				finished_at = ? where id = ?""")
			.params(result.verdict().name(), result.exitCode(), result.wallMillis(), this.storedEvents.write(events),
					at, id)
			.update();
	}

	/** The recorded events of a run; empty when there is no such run. */
	Optional<LiveRun> find(String id) {
		return this.jdbc.sql("select status, events from runs where id = ?")
			.param(id)
			.query((rs, row) -> (rs.getString("events") != null)
					? LiveRun.finished(id, this.storedEvents.read(rs.getString("events"))) : new LiveRun(id))
			.optional();
	}

	/**
	 * Runs left RUNNING by a server that stopped mid-run can never finish now; close them
	 * with a verdict that says so.
	 */
	int closeInterrupted(Instant at) {
		SandboxEvent.Finished interrupted = new SandboxEvent.Finished(Verdict.CRASHED, null, 0,
				"The server restarted while this program was running, so it was stopped. Run it again.", 0);
		return this.jdbc.sql(
				"update runs set status = 'FINISHED', verdict = ?, events = ?, finished_at = ? where status = 'RUNNING'")
			.params(Verdict.CRASHED.name(), this.storedEvents.write(List.of(interrupted)), at)
			.update();
	}

}
