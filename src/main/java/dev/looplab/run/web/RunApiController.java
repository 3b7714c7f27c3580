package dev.looplab.run.web;

import java.net.URI;
import java.security.Principal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.looplab.run.LiveRun;
import dev.looplab.run.RunClock;
import dev.looplab.run.RunRejected;
import dev.looplab.run.RunService;
import dev.looplab.run.RunSubmission;
import dev.looplab.run.RunView;
import dev.looplab.sandbox.SandboxEvent;
import dev.looplab.stream.web.EventJson;
import dev.looplab.stream.web.EventStreams;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The run API: start a run, follow its events as they happen, read its result.
 */
@RestController
@RequestMapping("/api/runs")
class RunApiController {

	private final RunService runs;

	private final EventStreams streams;

	private final EventJson json;

	RunApiController(RunService runs, EventStreams streams, EventJson json) {
		this.runs = runs;
		this.streams = streams;
		this.json = json;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<RunCreated> create(@RequestBody RunRequest body, HttpServletRequest request, Principal principal) {
		LiveRun run = this.runs.submit(new RunSubmission(body.source(), RunClock.parse(body.clock()),
				ClientKey.owner(principal), ClientKey.of(request, principal), body.seed()));
		String self = "/api/runs/" + run.id();
		return ResponseEntity.created(URI.create(self)).body(new RunCreated(run.id(), self + "/events", self));
	}

	@GetMapping("/{id}")
	RunView get(@PathVariable String id) {
		return find(id).view();
	}

	@GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	ResponseEntity<StreamingResponseBody> events(@PathVariable String id, HttpServletRequest request) {
		LiveRun run = find(id);
		return this.streams.open(run.live(), this.json.data(SandboxEvent::eventName, (event) -> switch (event) {
			case SandboxEvent.Output output -> new OutputData(output.text(), output.atMillis());
			case SandboxEvent.Queued queued -> new QueuedData(queued.position(), queued.atMillis());
			case SandboxEvent.Started started -> new StartedData(started.atMillis());
			case SandboxEvent.Trace trace -> RunView.TraceView.of(trace);
			case SandboxEvent.Diagnostic d -> new DiagnosticData(d.line(), d.column(), d.message(), d.atMillis());
			case SandboxEvent.Finished finished -> run.view();
			// Only gradings have these; a run's stream never carries them.
			case SandboxEvent.ProgramRun program -> program;
			case SandboxEvent.TestResult test -> test;
		}), request);
	}

	private LiveRun find(String id) {
		return this.runs.find(id).orElseThrow(() -> RunRejected.notFound(id));
	}

	/** The body of {@code POST /api/runs}; fields it does not know are ignored. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record RunRequest(String source, String clock, Long seed) {
	}

	record RunCreated(String id, String events, String self) {
	}

	record OutputData(String text, long atMillis) {
	}

	record QueuedData(int position, long atMillis) {
	}

	record StartedData(long atMillis) {
	}

	record DiagnosticData(long line, long column, String message, long atMillis) {
	}

}
