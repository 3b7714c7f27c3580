package dev.looplab.run;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.looplab.sandbox.Sandbox;
import dev.looplab.sandbox.SandboxEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Accepts runs, records them, runs each in the sandbox on its own virtual thread, and
 * keeps recent runs in memory so their events can be streamed to any number of
 * subscribers.
 */
@Service
public class RunService {

	private static final Logger log = LoggerFactory.getLogger(RunService.class);

	private static final int RECENT_RUNS = 500;

	private final Map<String, LiveRun> recent = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, LiveRun> eldest) {
			return size() > RECENT_RUNS && eldest.getValue().isFinished();
		}
	});

	private final Sandbox sandbox;

	private final RunRecords records;

	private final RunRateLimiter rateLimiter;

	private final RunAdmission admission;

	private final RunProperties properties;

	RunService(Sandbox sandbox, RunRecords records, RunRateLimiter rateLimiter, RunAdmission admission,
			RunProperties properties) {
		this.sandbox = sandbox;
		this.records = records;
		this.rateLimiter = rateLimiter;
		this.admission = admission;
		this.properties = properties;
	}

	/**
	 * Validates and starts a run; returns at once with the run whose events will follow.
	 * @throws RunRejected when the source is empty or too large, or the client is rate
	 * limited
	 */
	public LiveRun submit(RunSubmission submission) {
		validate(submission.source());
		this.rateLimiter.acquire(submission.client());
		LiveRun run = new LiveRun(UUID.randomUUID().toString());
		this.records.started(run.id(), submission, Instant.now());
		this.recent.put(run.id(), run);
		// A platform thread: the run spends its life blocked reading the sandbox's pipe,
		// which would hold a virtual thread's carrier and starve the web requests.
		Thread.ofPlatform().daemon().name("run-" + run.id()).start(() -> execute(run, submission));
		return run;
	}

	/** A run by id: in memory if recent, otherwise as recorded. */
	public Optional<LiveRun> find(String id) {
		LiveRun run = this.recent.get(id);
		if (run != null) {
			return Optional.of(run);
		}
		// Kept with the recent ones, so that readers who come together share one copy
		// of its events rather than reading the record each.
		return this.records.find(id).map((stored) -> stored.isFinished() ? remember(stored) : stored);
	}

	private LiveRun remember(LiveRun finished) {
		LiveRun known = this.recent.putIfAbsent(finished.id(), finished);
		return (known != null) ? known : finished;
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

	private void execute(LiveRun run, RunSubmission submission) {
		SandboxEvent.Finished result;
		try {
			result = runInTurn(run, submission);
		}
		catch (RuntimeException | InterruptedException ex) {
			log.error("Run {} failed inside the server", run.id(), ex);
			result = new SandboxEvent.Finished(dev.looplab.sandbox.Verdict.CRASHED, null, 0,
					"The server failed while running this program. This is not a fault in your code: run it again.", 0);
			run.publish(result);
		}
		this.records.finished(run.id(), run.events(), result, Instant.now());
	}

	private SandboxEvent.Finished runInTurn(LiveRun run, RunSubmission submission) throws InterruptedException {
		this.admission.awaitTurn(run::publish);
		try {
			return this.sandbox.run(submission.source(),
					new Sandbox.Schedule(submission.clock() == RunClock.VIRTUAL, submission.seed()), run::publish);
		}
		finally {
			this.admission.leave();
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
