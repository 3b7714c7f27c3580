package dev.looplab.grading.web;

import java.util.UUID;

import dev.looplab.grading.GradingEvent;
import dev.looplab.grading.GradingRejected;
import dev.looplab.grading.GradingService;
import dev.looplab.grading.LiveGrading;
import dev.looplab.grading.SubmissionDetails;
import dev.looplab.run.RunView;
import dev.looplab.sandbox.SandboxEvent;
import dev.looplab.stream.web.EventJson;
import dev.looplab.stream.web.EventStreams;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The submission API: read a submission and its feedback, follow its grading as it
 * happens, and (staff) regrade it. Learners see their own submissions only; another
 * learner's answers 404, as if it did not exist.
 */
@RestController
@RequestMapping("/api/submissions")
class SubmissionApiController {

	private final GradingService grading;

	private final EventStreams streams;

	private final EventJson json;

	SubmissionApiController(GradingService grading, EventStreams streams, EventJson json) {
		this.grading = grading;
		this.streams = streams;
		this.json = json;
	}

	@GetMapping("/{id}")
	SubmissionView get(@PathVariable String id, Authentication authentication) {
		return SubmissionView.of(visible(id, authentication));
	}

	@GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	ResponseEntity<StreamingResponseBody> events(@PathVariable String id, Authentication authentication,
			HttpServletRequest request) {
		UUID submission = visible(id, authentication).submission().id();
		LiveGrading live = this.grading.follow(submission).orElseThrow(() -> GradingRejected.unknownSubmission(id));
		return this.streams.open(live.live(), this.json.data(GradingEvent::eventName, (event) -> switch (event) {
			case GradingEvent.StatusChanged status -> new StatusData(status.status().name(), status.message());
			case GradingEvent.Done done -> SubmissionView.of(this.grading.find(submission).orElseThrow());
			case GradingEvent.FromSandbox(SandboxEvent sandboxEvent) -> data(sandboxEvent);
		}), request);
	}

	@PostMapping("/{id}/regrade")
	ResponseEntity<RegradeAccepted> regrade(@PathVariable String id) {
		UUID submission = SubmissionIds.parse(id)
			.filter(this.grading::regrade)
			.orElseThrow(() -> GradingRejected.unknownSubmission(id));
		return ResponseEntity.accepted().body(new RegradeAccepted(submission.toString(), "QUEUED"));
	}

	private SubmissionDetails visible(String id, Authentication authentication) {
		Viewer viewer = Viewer.of(authentication);
		return SubmissionIds.parse(id)
			.flatMap(this.grading::find)
			.filter((details) -> viewer.maySee(details.submission().owner()))
			.orElseThrow(() -> GradingRejected.unknownSubmission(id));
	}

	private static Object data(SandboxEvent event) {
		return switch (event) {
			case SandboxEvent.TestResult test -> new SubmissionView.TestView(test.name(), test.passed(),
					test.passed() ? test.points() : 0, test.maxPoints(), test.message(), test.programRun());
			case SandboxEvent.ProgramRun run -> new ProgramRunData(run.number(), run.title(), run.atMillis());
			case SandboxEvent.Output output -> new OutputData(output.text(), output.atMillis());
			case SandboxEvent.Trace trace -> RunView.TraceView.of(trace);
			case SandboxEvent.Diagnostic d -> new DiagnosticData(d.line(), d.column(), d.message());
			case SandboxEvent.Queued queued -> new StatusData("QUEUED", "Waiting for a sandbox…");
			case SandboxEvent.Started started -> new StatusData("RUNNING", "The tests are starting…");
			case SandboxEvent.Finished finished -> new FinishedData(finished.verdict().name(), finished.message());
		};
	}

	record RegradeAccepted(String id, String status) {
	}

	record StatusData(String status, String message) {
	}

	record ProgramRunData(int number, String title, long atMillis) {
	}

	record OutputData(String text, long atMillis) {
	}

	record DiagnosticData(long line, long column, String message) {
	}

	record FinishedData(String verdict, String message) {
	}

}
