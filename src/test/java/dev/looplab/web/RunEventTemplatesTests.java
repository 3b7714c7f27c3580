package dev.looplab.web;

import java.util.Map;

import dev.looplab.sandbox.SandboxEvent;
import dev.looplab.sandbox.SandboxEvent.Channel;
import dev.looplab.sandbox.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML each SSE event carries, rendered from {@code run/events.html}.
 */
class RunEventTemplatesTests {

	private final TemplateRenderer renderer = new TemplateRenderer();

	private String render(String fragment, SandboxEvent event) {
		return this.renderer.render("<div th:replace=\"~{run/events :: " + fragment + "(${event})}\"></div>",
				Map.of("event", event));
	}

	@Test
	void stdoutLineShowsSecondsSinceStartAndKeepsSpacesAndEscapesMarkup() {
		String html = render("output", new SandboxEvent.Output(Channel.STDOUT, "  <b>two</b>  spaces", 1234));

		assertThat(html).startsWith("<li class=\"line stdout\"")
			.contains("<span class=\"at\" title=\"Seconds since the run started\">1.234</span>")
			.contains("<span class=\"channel\">out</span>")
			.contains("<span class=\"text\">  &lt;b&gt;two&lt;/b&gt;  spaces</span>");
	}

	@Test
	void stderrLineIsMarkedInWordsAsWellAsByClass() {
		String html = render("output", new SandboxEvent.Output(Channel.STDERR, "boom", 5));

		assertThat(html).startsWith("<li class=\"line stderr\"")
			.contains(">0.005</span>")
			.contains("<span class=\"channel\">err</span>");
	}

	@Test
	void timesOfAMinuteOrMoreKeepThreeDecimalsWithoutGrouping() {
		assertThat(render("output", new SandboxEvent.Output(Channel.STDOUT, "late", 61_050)))
			.contains(">61.050</span>");
	}

	@Test
	void queuedSaysTheRunsPlaceInLineOrThatASandboxIsStarting() {
		assertThat(render("queued", new SandboxEvent.Queued(3, 0))).contains("every sandbox is busy; number 3 in line");
		assertThat(render("queued", new SandboxEvent.Queued(1, 0))).contains("every sandbox is busy; you are next");
		assertThat(render("queued", new SandboxEvent.Queued(0, 0))).contains("starting a sandbox");
		assertThat(render("started", new SandboxEvent.Started(0))).contains("class=\"started\"")
			.doesNotContain("Queued");
	}

	@Test
	void diagnosticCarriesItsPositionForTheEditor() {
		String html = render("diagnostic", new SandboxEvent.Diagnostic(3, 14, "cannot find symbol \"x\"", 40));

		assertThat(html).startsWith("<li class=\"line diagnostic\"")
			.contains("data-line=\"3\"")
			.contains("data-column=\"14\"")
			.contains("data-message=\"cannot find symbol &quot;x&quot;\"")
			.contains("<span class=\"location\">line 3, column 14</span>")
			.contains("<span class=\"message\">cannot find symbol &quot;x&quot;</span>");
	}

	@Test
	void resultShowsVerdictWallTimeExitCodeAndMessage() {
		String html = render("result", new SandboxEvent.Finished(Verdict.OK, 0, 1520, "The program finished.", 1530));

		assertThat(html).contains("class=\"verdict verdict-ok\"")
			.containsPattern("<span class=\"badge\">\\s*OK\\s*</span>")
			.contains("<dd>1520 ms</dd>")
			.contains("<dd>0</dd>")
			.contains("The program finished.");
	}

	@Test
	void resultWithoutExitCodeShowsADash() {
		String html = render("result",
				new SandboxEvent.Finished(Verdict.TIME_LIMIT, null, 15000, "Stopped after 15 s.", 15001));

		assertThat(html).contains("class=\"verdict verdict-time-limit\"")
			.containsPattern("<span class=\"badge\">\\s*Time limit\\s*</span>")
			.contains("<dd>—</dd>");
	}

	@Test
	void fragmentsRenderByNameWithoutAWebRequestAsTheEventStreamDoes() {
		Map<String, SandboxEvent> events = Map.of("output", new SandboxEvent.Output(Channel.STDOUT, "hi", 1),
				"diagnostic", new SandboxEvent.Diagnostic(1, 2, "bad", 2), "result",
				new SandboxEvent.Finished(Verdict.OK, 0, 3, "Done.", 3));

		for (Map.Entry<String, SandboxEvent> entry : events.entrySet()) {
			String byName = this.renderer.renderFragment("run/events", entry.getKey(),
					Map.of("event", entry.getValue()));
			assertThat(byName.strip()).isEqualTo(render(entry.getKey(), entry.getValue()).strip());
		}
	}

	@ParameterizedTest
	@EnumSource(Verdict.class)
	void everyVerdictHasAWordedBadgeAndItsOwnClass(Verdict verdict) {
		String html = render("result", new SandboxEvent.Finished(verdict, 1, 10, "Message.", 10));
		String badge = html.replaceAll("(?s).*<span class=\"badge\">\\s*(.*?)\\s*</span>.*", "$1");

		assertThat(html).contains("class=\"verdict verdict-" + verdict.name().toLowerCase().replace('_', '-') + "\"");
		assertThat(badge).isEqualTo(switch (verdict) {
			case OK -> "OK";
			case COMPILE_ERROR -> "Compile error";
			case RUNTIME_ERROR -> "Runtime error";
			case TIME_LIMIT -> "Time limit";
			case MEMORY_LIMIT -> "Memory limit";
			case OUTPUT_LIMIT -> "Output limit";
			case REJECTED -> "Rejected";
			case DEADLOCK -> "Deadlock";
			case CRASHED -> "Crashed";
		});
	}

}
