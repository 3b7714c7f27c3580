package dev.looplab.grading.web;

import java.util.Set;

import dev.looplab.grading.GradingEvent;
import dev.looplab.grading.TestOutcome;
import dev.looplab.sandbox.SandboxEvent;
import dev.looplab.stream.web.EventData;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Renders the grading events a page shows (status, test results, compiler messages, the
 * feedback) as the HTML fragments htmx swaps in, from
 * {@code templates/grading/feedback.html} and the run console's {@code run/events.html}.
 */
@Component
class GradingFragments {

	private final ITemplateEngine templates;

	GradingFragments(ITemplateEngine templates) {
		this.templates = templates;
	}

	/** Whether the page shows this event; output and trace are for the timelines. */
	static boolean shown(GradingEvent event) {
		return switch (event) {
			case GradingEvent.StatusChanged status -> true;
			case GradingEvent.Done done -> true;
			case GradingEvent.FromSandbox(SandboxEvent.TestResult result) -> true;
			case GradingEvent.FromSandbox(SandboxEvent.Diagnostic diagnostic) -> true;
			case GradingEvent.FromSandbox sandboxEvent -> false;
		};
	}

	/**
	 * The events a page streams, as fragments.
	 * @param linkBase the page that shows this grading's program runs, for the timeline
	 * links
	 */
	EventData<GradingEvent> page(String linkBase) {
		return EventData.html(GradingEvent::eventName, GradingFragments::shown, (event) -> render(event, linkBase));
	}

	/**
	 * @param linkBase the page that shows this grading's program runs, for the timeline
	 * links
	 */
	String render(GradingEvent event, String linkBase) {
		Context context = new Context();
		context.setVariable("linkBase", linkBase);
		String template = "grading/feedback";
		String fragment;
		switch (event) {
			case GradingEvent.StatusChanged status -> {
				fragment = "status";
				context.setVariable("event", status);
			}
			case GradingEvent.Done done -> {
				fragment = "done";
				context.setVariable("feedback", done.feedback());
			}
			case GradingEvent.FromSandbox(SandboxEvent.TestResult result) -> {
				fragment = "test";
				context.setVariable("test",
						new TestOutcome(result.name(), result.passed(), result.passed() ? result.points() : 0,
								result.maxPoints(), result.message(), result.programRun()));
			}
			case GradingEvent.FromSandbox(SandboxEvent other) -> {
				template = "run/events";
				fragment = "diagnostic";
				context.setVariable("event", other);
			}
		}
		return this.templates.process(template, Set.of(fragment), context).strip();
	}

}
