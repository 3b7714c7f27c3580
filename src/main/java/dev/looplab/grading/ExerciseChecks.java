package dev.looplab.grading;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.looplab.catalog.Course;
import dev.looplab.catalog.Exercise;
import dev.looplab.run.RunProperties;
import dev.looplab.sandbox.SandboxAdmission;
import dev.looplab.sandbox.SandboxBusy;
import dev.looplab.sandbox.SandboxTicket;
import dev.looplab.run.RunStorageProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Check: runs an exercise's visible tests against the learner's code, so that they can
 * see what a test checks before submitting. A check is kept in memory for a while and
 * stored nowhere; it is rate limited like a run, and like a run it waits for a sandbox in
 * the shared line or is refused when that line is full.
 */
@Service
public class ExerciseChecks {

	private static final Logger log = LoggerFactory.getLogger(ExerciseChecks.class);

	private final RecentGradings recent;

	private final Course course;

	private final Grader grader;

	private final SandboxAdmission admission;

	private final LearnerRateLimit rateLimit;

	private final int maxSourceBytes;

	ExerciseChecks(Course course, Grader grader, SandboxAdmission admission, RunProperties runProperties,
			RunStorageProperties storage) {
		// Checks are smaller and shorter-lived than submissions: a quarter of the bound.
		this.recent = new RecentGradings(storage.recentInMemory().toBytes() / 4);
		this.course = course;
		this.grader = grader;
		this.admission = admission;
		this.rateLimit = new LearnerRateLimit("checks", runProperties.rateLimit().capacity(),
				runProperties.rateLimit().refillPerMinute());
		this.maxSourceBytes = runProperties.maxSourceBytes();
	}

	/**
	 * Starts checking the source against the exercise's visible tests.
	 * @throws GradingRejected when the exercise does not exist or has no visible tests,
	 * the source is empty or too large, the learner checked too often or every checker is
	 * busy
	 */
	public LiveGrading check(String exerciseId, String source, String owner) {
		Exercise exercise = this.course.exercise(exerciseId)
			.orElseThrow(() -> GradingRejected.unknownExercise(exerciseId));
		if (exercise.visibleTests().isEmpty()) {
			throw GradingRejected.badRequest("No visible tests",
					"This exercise has no tests to check against before submitting. Run your code, then Submit it.");
		}
		SourceRules.validate(source, this.maxSourceBytes);
		this.rateLimit.acquire(owner);
		SandboxTicket ticket = enter(owner);
		try {
			LiveGrading check = new LiveGrading(UUID.randomUUID().toString(), owner, exerciseId);
			check.publish(new GradingEvent.StatusChanged(SubmissionStatus.QUEUED, "Waiting for a sandbox…"));
			this.recent.put(check);
			// A platform thread, as for a run: it spends its life blocked on the
			// sandbox's pipe.
			Thread.ofPlatform().daemon().name("check-" + check.id()).start(() -> run(check, exercise, source, ticket));
			return check;
		}
		catch (RuntimeException | Error ex) {
			ticket.close();
			throw ex;
		}
	}

	/** A recent check by id. */
	public Optional<LiveGrading> find(String id) {
		return this.recent.find(id);
	}

	private SandboxTicket enter(String owner) {
		try {
			return this.admission.enter("user:" + owner);
		}
		catch (SandboxBusy busy) {
			if (busy.ownShare()) {
				throw new GradingRejected(HttpStatus.TOO_MANY_REQUESTS, "Too many checks waiting",
						"%d of your checks are already waiting for a sandbox. Wait for one to finish, then press Check again."
							.formatted(busy.waiting()),
						busy.retryAfter());
			}
			throw new GradingRejected(HttpStatus.SERVICE_UNAVAILABLE, "All sandboxes are busy",
					"Every sandbox is busy and the line for one is full (%d waiting). Press Check again in %d s."
						.formatted(busy.waiting(), busy.retryAfter().toSeconds()),
					busy.retryAfter());
		}
	}

	private void run(LiveGrading check, Exercise exercise, String source, SandboxTicket ticket) {
		check.publish(new GradingEvent.StatusChanged(SubmissionStatus.RUNNING, "Running the visible tests…"));
		int points = Grader.pointsOf(exercise.visibleTests());
		Feedback feedback;
		try (ticket) {
			feedback = this.grader.grade(ticket, exercise, source, exercise.visibleTests(), points,
					(event) -> check.publish(new GradingEvent.FromSandbox(event)));
		}
		catch (RuntimeException ex) {
			log.error("Checking against exercise {} failed inside the server", exercise.id(), ex);
			feedback = new Feedback(SubmissionStatus.FAILED, null, points,
					"The checker itself failed; this is not a fault in your code. Press Check again.", List.of(),
					List.of(), List.of());
		}
		check.publish(new GradingEvent.Done(feedback));
		this.recent.put(check);
	}

}
