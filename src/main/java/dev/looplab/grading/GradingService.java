package dev.looplab.grading;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.looplab.catalog.Course;
import dev.looplab.catalog.Exercise;
import dev.looplab.run.RunProperties;
import dev.looplab.sandbox.SandboxAdmission;
import dev.looplab.sandbox.SandboxTicket;
import dev.looplab.run.RunStorageProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Accepts submissions, stores each before answering, grades them on a bounded pool and
 * keeps recent gradings in memory so that their events can be streamed. Whatever a
 * stopped server left queued or running is graded again when the server is ready.
 */
@Service
public class GradingService {

	private static final Logger log = LoggerFactory.getLogger(GradingService.class);

	/** Tries per grading when the sandbox itself breaks, before the submission FAILS. */
	private static final int ATTEMPTS = 2;

	private final RecentGradings recent;

	private final Course course;

	private final Grader grader;

	private final SubmissionRecords records;

	private final GradingWorkers workers;

	private final SandboxAdmission admission;

	private final LearnerRateLimit rateLimit;

	private final int maxSourceBytes;

	GradingService(Course course, Grader grader, SubmissionRecords records, GradingWorkers workers,
			SandboxAdmission admission, GradingProperties properties, RunProperties runProperties,
			RunStorageProperties storage) {
		this.recent = new RecentGradings(storage.recentInMemory().toBytes());
		this.course = course;
		this.grader = grader;
		this.records = records;
		this.workers = workers;
		this.admission = admission;
		GradingProperties.SubmissionRateLimit limit = properties.submissionRateLimit();
		this.rateLimit = new LearnerRateLimit("submissions", limit.capacity(), limit.refillPerMinute());
		this.maxSourceBytes = runProperties.maxSourceBytes();
	}

	/**
	 * Validates and stores a submission (QUEUED), then queues it for grading; returns at
	 * once with the grading whose events will follow.
	 * @throws GradingRejected when the exercise does not exist, the source is empty or
	 * too large, or the learner submitted too often
	 */
	public LiveGrading submit(String exerciseId, String source, String owner) {
		Exercise exercise = exercise(exerciseId);
		SourceRules.validate(source, this.maxSourceBytes);
		this.rateLimit.acquire(owner);
		Submission submission = new Submission(UUID.randomUUID(), exercise.id(), owner, source, SubmissionStatus.QUEUED,
				null, exercise.maxScore(), null, 0, Instant.now(), null, null);
		this.records.insert(submission);
		LiveGrading grading = queued(submission);
		this.workers.grade(() -> grade(submission.id(), 1));
		return grading;
	}

	/** A submission with its feedback; empty when there is none with this id. */
	public Optional<SubmissionDetails> find(UUID id) {
		return this.records.details(id);
	}

	/**
	 * The grading of a submission, to follow its events: live while it is queued or
	 * running, otherwise rebuilt from its record.
	 */
	public Optional<LiveGrading> follow(UUID id) {
		synchronized (this.recent) {
			Optional<LiveGrading> known = this.recent.find(id.toString());
			if (known.isPresent()) {
				return known;
			}
			return this.records.details(id).map((details) -> {
				Submission submission = details.submission();
				LiveGrading grading = submission.status().isDone() ? LiveGrading.done(id.toString(), submission.owner(),
						submission.exerciseId(), details.feedback()) : queued(submission);
				this.recent.put(grading);
				return grading;
			});
		}
	}

	/**
	 * Grades a finished submission again (after its exercise's tests were fixed).
	 * @return false when there is no such submission; one queued or running is left to
	 * the grading under way
	 */
	public boolean regrade(UUID id) {
		Optional<Submission> submission = this.records.find(id);
		if (submission.isEmpty()) {
			return false;
		}
		if (this.records.regrade(id)) {
			queued(submission.get());
			this.workers.grade(() -> grade(id, 1));
		}
		return true;
	}

	/**
	 * Grades every finished submission of an exercise again.
	 * @return how many were queued
	 */
	public int regradeExercise(String exerciseId) {
		exercise(exerciseId);
		int queued = 0;
		for (UUID id : this.records.doneOf(exerciseId)) {
			if (this.records.regrade(id)) {
				this.records.find(id).ifPresent(this::queued);
				this.workers.grade(() -> grade(id, 1));
				queued++;
			}
		}
		return queued;
	}

	@EventListener(ApplicationReadyEvent.class)
	void gradeWhatWasLeft() {
		int interrupted = this.records.requeueInterrupted();
		List<UUID> queued = this.records.queued();
		if (!queued.isEmpty()) {
			log.warn("Grading {} submissions left by the last stop ({} were being graded)", queued.size(), interrupted);
		}
		queued.forEach((id) -> this.workers.grade(() -> grade(id, 1)));
	}

	/**
	 * Grades one queued submission, unless another grader claimed it first.
	 * @param attempt 1, or 2 after the sandbox broke once
	 */
	void grade(UUID id, int attempt) {
		if (!this.records.claim(id, Instant.now())) {
			return;
		}
		Submission submission = this.records.find(id).orElseThrow();
		LiveGrading grading = follow(id).orElseThrow();
		grading.publish(new GradingEvent.StatusChanged(SubmissionStatus.RUNNING, "Running the tests…"));
		Feedback feedback;
		// Stored already, so never refused: it waits its turn in the line runs use too.
		try (SandboxTicket ticket = this.admission.enterStored("user:" + submission.owner())) {
			Exercise exercise = this.course.exercise(submission.exerciseId())
				.orElseThrow(() -> new GraderBroke(
						"the exercise \"%s\" is no longer part of the course".formatted(submission.exerciseId())));
			feedback = this.grader.grade(ticket, exercise, submission.source(), exercise.hiddenTests(),
					exercise.maxScore(), (event) -> grading.publish(new GradingEvent.FromSandbox(event)));
		}
		catch (RuntimeException ex) {
			if (this.workers.isStopping()) {
				log.info("Submission {} was cut off by the shutdown; it will be graded at the next start", id);
				return;
			}
			log.error("Grading submission {} failed inside the server (attempt {})", id, attempt, ex);
			failed(submission, grading, attempt, ex);
			return;
		}
		this.records.complete(id, feedback, Instant.now());
		grading.publish(new GradingEvent.Done(feedback));
		doneWith(grading);
	}

	/**
	 * Weighs a grading that is done, keeping it in memory only as far as the bound
	 * allows.
	 */
	private void doneWith(LiveGrading grading) {
		synchronized (this.recent) {
			if (this.recent.find(grading.id()).orElse(null) == grading) {
				this.recent.put(grading);
			}
		}
	}

	private void failed(Submission submission, LiveGrading grading, int attempt, RuntimeException ex) {
		String why = (ex instanceof GraderBroke) ? ex.getMessage() : "an error inside the server";
		if (attempt < ATTEMPTS && this.records.requeue(submission.id(), "The grader failed once; trying again.")) {
			grading.publish(new GradingEvent.StatusChanged(SubmissionStatus.QUEUED,
					"The grader failed (not because of your code); grading it again…"));
			this.workers.grade(() -> grade(submission.id(), attempt + 1));
			return;
		}
		Feedback failed = new Feedback(SubmissionStatus.FAILED, null, submission.maxScore(),
				("The grader itself failed, twice, so this submission has no score yet. This is not a fault in your"
						+ " code: %s. An instructor can regrade it, or you can submit again.")
					.formatted(why),
				List.of(), List.of(), List.of());
		this.records.complete(submission.id(), failed, Instant.now());
		grading.publish(new GradingEvent.Done(failed));
		doneWith(grading);
	}

	private LiveGrading queued(Submission submission) {
		LiveGrading grading = new LiveGrading(submission.id().toString(), submission.owner(), submission.exerciseId());
		grading.publish(new GradingEvent.StatusChanged(SubmissionStatus.QUEUED, "Waiting for a grader…"));
		this.recent.put(grading);
		return grading;
	}

	private Exercise exercise(String exerciseId) {
		return this.course.exercise(exerciseId).orElseThrow(() -> GradingRejected.unknownExercise(exerciseId));
	}

}
