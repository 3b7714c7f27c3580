package dev.looplab.grading;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.looplab.run.StoredEvents;
import dev.looplab.sandbox.SandboxEvent;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code submissions} table and its tests and program runs. Every change of status is
 * a guarded update (from the status it expects), so that two graders can never both claim
 * or complete one submission.
 */
@Repository
class SubmissionRecords {

	private static final String COLUMNS = """
			id, exercise_id, owner, source, status, score, max_score, message, grading_count, created_at,
			started_at, graded_at""";

	private final JdbcClient jdbc;

	private final StoredEvents storedEvents;

	SubmissionRecords(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.storedEvents = new StoredEvents(json);
	}

	void insert(Submission submission) {
		this.jdbc.sql("""
				insert into submissions (id, exercise_id, owner, source, status, max_score, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(submission.id(), submission.exerciseId(), submission.owner(), submission.source(),
					submission.status().name(), submission.maxScore(), submission.createdAt())
			.update();
	}

	/**
	 * Takes a queued submission for grading.
	 * @return whether this caller got it (false: another grader has it, or it is done)
	 */
	boolean claim(UUID id, Instant at) {
		return this.jdbc.sql("""
				update submissions set status = 'RUNNING', started_at = ?, grading_count = grading_count + 1
				where id = ? and status = 'QUEUED'""").params(at, id).update() == 1;
	}

	/**
	 * Stores the feedback of a running submission, replacing what an earlier grading
	 * stored.
	 */
	@Transactional
	void complete(UUID id, Feedback feedback, Instant at) {
		int updated = this.jdbc.sql("""
				update submissions set status = ?, score = ?, max_score = ?, message = ?, diagnostics = ?, graded_at = ?
				where id = ? and status = 'RUNNING'""")
			.params(feedback.status().name(), feedback.score(), feedback.maxScore(), feedback.message(),
					feedback.diagnostics().isEmpty() ? null
							: this.storedEvents.write(List.copyOf(feedback.diagnostics())),
					at, id)
			.update();
		if (updated == 0) {
			return;
		}
		this.jdbc.sql("delete from submission_tests where submission_id = ?").param(id).update();
		this.jdbc.sql("delete from submission_program_runs where submission_id = ?").param(id).update();
		int position = 0;
		for (TestOutcome test : feedback.tests()) {
			this.jdbc.sql("""
					insert into submission_tests (submission_id, position, name, passed, points, max_points, message,
					program_run) values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, position++, test.name(), test.passed(), test.points(), test.maxPoints(), test.message(),
						test.programRun())
				.update();
		}
		for (RecordedProgramRun run : feedback.programRuns()) {
			this.jdbc
				.sql("insert into submission_program_runs (submission_id, number, title, events) values (?, ?, ?, ?)")
				.params(id, run.number(), run.title(), this.storedEvents.write(run.events()))
				.update();
		}
	}

	/**
	 * Puts a running submission back in the queue, for a retry after the grader broke.
	 */
	boolean requeue(UUID id, String message) {
		return this.jdbc
			.sql("update submissions set status = 'QUEUED', message = ? where id = ? and status = 'RUNNING'")
			.params(message, id)
			.update() == 1;
	}

	/** Puts a finished submission back in the queue to be graded again. */
	boolean regrade(UUID id) {
		return this.jdbc.sql("""
				update submissions set status = 'QUEUED', message = null
				where id = ? and (status = 'GRADED' or status = 'FAILED')""").param(id).update() == 1;
	}

	/**
	 * Puts back in the queue what a server that stopped was grading; nothing else can be
	 * grading it now.
	 */
	int requeueInterrupted() {
		return this.jdbc.sql("update submissions set status = 'QUEUED' where status = 'RUNNING'").update();
	}

	/** The ids of queued submissions, oldest first. */
	List<UUID> queued() {
		return this.jdbc.sql("select id from submissions where status = 'QUEUED' order by created_at")
			.query((rs, row) -> rs.getObject("id", UUID.class))
			.list();
	}

	/** The ids of an exercise's finished submissions. */
	List<UUID> doneOf(String exerciseId) {
		return this.jdbc.sql("""
				select id from submissions where exercise_id = ? and (status = 'GRADED' or status = 'FAILED')
				order by created_at""").param(exerciseId).query((rs, row) -> rs.getObject("id", UUID.class)).list();
	}

	Optional<Submission> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from submissions where id = ?")
			.param(id)
			.query(SubmissionRecords::submission)
			.optional();
	}

	Optional<SubmissionDetails> details(UUID id) {
		return find(id)
			.map((submission) -> new SubmissionDetails(submission, tests(id), programRuns(id), diagnostics(id)));
	}

	/** A learner's submissions, newest first. */
	List<Submission> ofOwner(String owner) {
		return this.jdbc.sql("select " + COLUMNS + " from submissions where owner = ? order by created_at desc")
			.param(owner)
			.query(SubmissionRecords::submission)
			.list();
	}

	/** An exercise's submissions by every learner, newest first. */
	List<Submission> ofExercise(String exerciseId) {
		return this.jdbc.sql("select " + COLUMNS + " from submissions where exercise_id = ? order by created_at desc")
			.param(exerciseId)
			.query(SubmissionRecords::submission)
			.list();
	}

	/** Every submission, newest first. */
	List<Submission> all() {
		return this.jdbc.sql("select " + COLUMNS + " from submissions order by created_at desc")
			.query(SubmissionRecords::submission)
			.list();
	}

	List<TestOutcome> tests(UUID id) {
		return this.jdbc.sql("""
				select name, passed, points, max_points, message, program_run from submission_tests
				where submission_id = ? order by position""")
			.param(id)
			.query((rs, row) -> new TestOutcome(rs.getString("name"), rs.getBoolean("passed"), rs.getInt("points"),
					rs.getInt("max_points"), rs.getString("message"), rs.getInt("program_run")))
			.list();
	}

	/** The test results of all of a learner's submissions, by submission. */
	Map<UUID, List<TestOutcome>> testsOfOwner(String owner) {
		Map<UUID, List<TestOutcome>> bySubmission = new HashMap<>();
		this.jdbc.sql("""
				select t.submission_id, t.name, t.passed, t.points, t.max_points, t.message, t.program_run
				from submission_tests t join submissions s on s.id = t.submission_id
				where s.owner = ? order by t.submission_id, t.position""").param(owner).query((rs) -> {
			bySubmission.computeIfAbsent(rs.getObject("submission_id", UUID.class), (id) -> new ArrayList<>())
				.add(new TestOutcome(rs.getString("name"), rs.getBoolean("passed"), rs.getInt("points"),
						rs.getInt("max_points"), rs.getString("message"), rs.getInt("program_run")));
		});
		return bySubmission;
	}

	List<RecordedProgramRun> programRuns(UUID id) {
		return this.jdbc
			.sql("select number, title, events from submission_program_runs where submission_id = ? order by number")
			.param(id)
			.query((rs, row) -> new RecordedProgramRun(rs.getInt("number"), rs.getString("title"),
					this.storedEvents.read(rs.getString("events"))))
			.list();
	}

	private List<SandboxEvent.Diagnostic> diagnostics(UUID id) {
		List<String> stored = this.jdbc.sql("select diagnostics from submissions where id = ?")
			.param(id)
			.query((rs, row) -> rs.getString("diagnostics"))
			.list();
		if (stored.isEmpty() || stored.getFirst() == null) {
			return List.of();
		}
		return this.storedEvents.read(stored.getFirst())
			.stream()
			.filter(SandboxEvent.Diagnostic.class::isInstance)
			.map(SandboxEvent.Diagnostic.class::cast)
			.toList();
	}

	private static Submission submission(ResultSet rs, int row) throws SQLException {
		return new Submission(rs.getObject("id", UUID.class), rs.getString("exercise_id"), rs.getString("owner"),
				rs.getString("source"), SubmissionStatus.valueOf(rs.getString("status")),
				(Integer) rs.getObject("score"), rs.getInt("max_score"), rs.getString("message"),
				rs.getInt("grading_count"), instant(rs, "created_at"), instant(rs, "started_at"),
				instant(rs, "graded_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return (at != null) ? at.toInstant() : null;
	}

}
