package dev.looplab.run;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.looplab.sandbox.Sandbox;
import dev.looplab.sandbox.SandboxAdmission;
import dev.looplab.sandbox.SandboxBusy;
import dev.looplab.sandbox.SandboxEvent;
import dev.looplab.sandbox.SandboxTicket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Accepts runs, records them, runs each in the sandbox on its own thread once its turn in
 * the sandbox's line comes, and keeps recent runs in memory so their events can be
 * streamed to any number of subscribers.
 */
@Service
public class RunService {

	private static final Logger log = LoggerFactory.getLogger(RunService.class);

	private final RecentRuns recent;

	private final Sandbox sandbox;

	private final RunRecords records;

	private final RunRateLimiter rateLimiter;

	private final SandboxAdmission admission;

	private final RunProperties properties;

	RunService(Sandbox sandbox, RunRecords records, RunRateLimiter rateLimiter, SandboxAdmission admission,
			RunProperties properties, RunStorageProperties storage) {
		this.recent = new RecentRuns(storage.recentInMemory().toBytes());
		this.sandbox = sandbox;
		this.records = records;
		this.rateLimiter = rateLimiter;
		this.admission = admission;
		this.properties = properties;
	}

	/**
	 * Validates and starts a run; returns at once with the run whose events will follow.
	 * @throws RunRejected when the source is empty or too large, the client is rate
	 * limited, or every sandbox is busy and the line is full
	 */
	public LiveRun submit(RunSubmission submission) {
		validate(submission.source());
		this.rateLimiter.acquire(submission.client());
		SandboxTicket ticket = enter(submission.client());
		try {
			LiveRun run = new LiveRun(UUID.randomUUID().toString());
			this.records.started(run.id(), submission, Instant.now());
			this.recent.running(run);
			// A platform thread: the run spends its life blocked reading the sandbox's
			// pipe, which would hold a virtual thread's carrier and starve the web
			// requests.
			Thread.ofPlatform().daemon().name("run-" + run.id()).start(() -> execute(run, submission, ticket));
			return run;
		}
		catch (RuntimeException | Error ex) {
			ticket.close();
			throw ex;
		}
	}

	/** A run by id: in memory if recent, otherwise as recorded. */
	public Optional<LiveRun> find(String id) {
		Optional<LiveRun> recent = this.recent.find(id);
		if (recent.isPresent()) {
			return recent;
		}
		return this.records.find(id)
			.map((stored) -> stored.isFinished() ? this.recent.rememberFinished(stored) : stored);
	}

	private void validate(String source) {
		if (source == null || source.isBlank()) {
			throw RunRejected.badRequest("Empty source",
					"There is no code to run. Send one Java file in \"source\", with a class that has a main method.");
		}
		int bytes = new RunSubmission(source, RunClock.REAL, null, "").sourceBytes();
		if (bytes > this.properties.maxSourceBytes()) {
			throw new RunRejected(HttpStatus.CONTENT_TOO_LARGE, "Source too large",
					"The source is %d KiB; the limit is %d KiB. Remove unused code or large data and run again."
						.formatted((bytes + 1023) / 1024, this.properties.maxSourceBytes() / 1024),
					null);
		}
	}

	private SandboxTicket enter(String client) {
		try {
			return this.admission.enter(client);
		}
		catch (SandboxBusy busy) {
			if (busy.ownShare()) {
				throw new RunRejected(HttpStatus.TOO_MANY_REQUESTS, "Too many runs waiting",
						"%d of your runs are already waiting for a sandbox. Wait for one to finish, then run again."
							.formatted(busy.waiting()),
						busy.retryAfter());
			}
			throw new RunRejected(HttpStatus.SERVICE_UNAVAILABLE, "All sandboxes are busy",
					"Every sandbox is busy and the line for one is full (%d waiting). Try again in %d s."
						.formatted(busy.waiting(), busy.retryAfter().toSeconds()),
					busy.retryAfter());
		}
	}

	private void execute(LiveRun run, RunSubmission submission, SandboxTicket ticket) {
		SandboxEvent.Finished result;
		try (ticket) {
			result = this.sandbox.run(ticket, submission.source(),
					new Sandbox.Schedule(submission.clock() == RunClock.VIRTUAL, submission.seed()), run::publish);
		}
		catch (RuntimeException ex) {
			log.error("Run {} failed inside the server", run.id(), ex);
			result = new SandboxEvent.Finished(dev.looplab.sandbox.Verdict.CRASHED, null, 0,
					"The server failed while running this program. This is not a fault in your code: run it again.", 0);
			run.publish(result);
		}
		try {
			this.records.finished(run.id(), run.events(), result, Instant.now());
		}
		finally {
			// Even when the record could not be written, the run is over: keep it only as
			// long as the bound on memory allows.
			this.recent.finished(run);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void closeInterruptedRuns() {
		int closed = this.records.closeInterrupted(Instant.now());
		if (closed > 0) {
			log.warn("Closed {} runs that were still running when the server last stopped", closed);
		}
	}

}
