package dev.looplab.run.web;

import java.util.Set;

import dev.looplab.sandbox.SandboxEvent;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Renders one event as the HTML fragment htmx swaps into the console, from
 * {@code templates/run/events.html}.
 */
@Component
class EventFragments {

	private final ITemplateEngine templates;

	EventFragments(ITemplateEngine templates) {
		this.templates = templates;
	}

	String render(SandboxEvent event) {
		String fragment = switch (event) {
			case SandboxEvent.Output output -> "output";
			case SandboxEvent.Queued queued -> "queued";
			case SandboxEvent.Started started -> "started";
			case SandboxEvent.Trace trace -> "trace";
			case SandboxEvent.Diagnostic diagnostic -> "diagnostic";
			case SandboxEvent.Finished finished -> "result";
			// Only gradings have these, and the run page shows runs.
			case SandboxEvent.ProgramRun _, SandboxEvent.TestResult _ -> "";
		};
		if (fragment.isEmpty()) {
			return "";
		}
		Context context = new Context();
		context.setVariable("event", event);
		return this.templates.process("run/events", Set.of(fragment), context).strip();
	}

}
