package dev.looplab.run.web;

import java.security.Principal;

import dev.looplab.run.LiveRun;
import dev.looplab.run.RunClock;
import dev.looplab.run.RunRejected;
import dev.looplab.run.RunService;
import dev.looplab.run.RunSubmission;
import dev.looplab.sandbox.SandboxEvent;
import dev.looplab.stream.web.EventData;
import dev.looplab.stream.web.EventStreams;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The run panel's endpoints: htmx posts the editor's code and gets the live console back;
 * without JavaScript the same form leads to the run's own page. The console streams HTML
 * fragments over SSE.
 */
@Controller
class RunPageController {

	private final RunService runs;

	private final EventFragments fragments;

	private final EventStreams streams;

	RunPageController(RunService runs, EventFragments fragments, EventStreams streams) {
		this.runs = runs;
		this.fragments = fragments;
		this.streams = streams;
	}

	@HxRequest
	@PostMapping("/runs")
	String startFromPanel(@RequestParam(defaultValue = "") String source, @RequestParam(required = false) String clock,
			HttpServletRequest request, Principal principal, Model model) {
		model.addAttribute("runId", start(source, clock, request, principal).id());
		return "run/console :: console";
	}

	@PostMapping("/runs")
	String startFromForm(@RequestParam(defaultValue = "") String source, @RequestParam(required = false) String clock,
			HttpServletRequest request, Principal principal) {
		return "redirect:/runs/" + start(source, clock, request, principal).id();
	}

	@GetMapping("/runs/{id}")
	String show(@PathVariable String id, Model model) {
		LiveRun run = find(id);
		model.addAttribute("runId", run.id());
		model.addAttribute("events", run.events());
		model.addAttribute("finished", run.isFinished());
		return "run/run";
	}

	@GetMapping(path = "/runs/{id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	ResponseEntity<StreamingResponseBody> stream(@PathVariable String id, HttpServletRequest request) {
		return this.streams.open(find(id).live(),
				EventData.html(SandboxEvent::eventName, (event) -> true, this.fragments::render), request);
	}

	@ExceptionHandler
	ModelAndView rejected(RunRejected rejected, HttpServletResponse response) {
		if (rejected.retryAfter() != null) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(rejected.retryAfter().toSeconds()));
		}
		ModelAndView view = new ModelAndView("run/console :: problem");
		view.addObject("problem", rejected.problem());
		view.setStatus(HttpStatus.valueOf(rejected.problem().getStatus()));
		return view;
	}

	private LiveRun start(String source, String clock, HttpServletRequest request, Principal principal) {
		return this.runs.submit(new RunSubmission(source, RunClock.parse(clock), ClientKey.owner(principal),
				ClientKey.of(request, principal)));
	}

	private LiveRun find(String id) {
		return this.runs.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"There is no run with this id. Open a chapter and press Run to start one."));
	}

}
