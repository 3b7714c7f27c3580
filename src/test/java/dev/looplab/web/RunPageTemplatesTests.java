package dev.looplab.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.looplab.catalog.Example;
import dev.looplab.sandbox.SandboxEvent;
import dev.looplab.sandbox.SandboxEvent.Channel;
import dev.looplab.sandbox.Verdict;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The run panel, the console, the run page and the error page, rendered inside the layout
 * where they are pages.
 */
class RunPageTemplatesTests {

	private final TemplateRenderer renderer = new TemplateRenderer();

	private static final Example EXAMPLE = new Example("waiting-is-the-problem/Crawler", "A crawler that waits",
			"Crawler.java", "class Crawler {\n\tvoid run() { if (a < b && c) {} }\n}\n");

	@Test
	void panelPostsTheSourceToRunsAndTargetsItsOwnConsole() {
		String html = this.renderer.render("<div th:replace=\"~{run/panel :: panel(${example})}\"></div>",
				Map.of("example", EXAMPLE));

		assertThat(html).contains("id=\"example-waiting-is-the-problem-Crawler\"")
			.contains("action=\"/runs\"")
			.contains("hx-post=\"/runs\"")
			.contains("hx-target=\"#example-waiting-is-the-problem-Crawler-console\"")
			.contains("hx-swap=\"innerHTML\"")
			.contains("<select name=\"clock\" class=\"clock-select\">")
			.contains("<option value=\"virtual\" selected=\"selected\">")
			.contains("<input type=\"hidden\" name=\"_csrf\" value=\"token-123\">")
			.contains("name=\"source\"")
			.contains(
					"<div class=\"console-host\" aria-live=\"polite\" id=\"example-waiting-is-the-problem-Crawler-console\">")
			.contains("<code class=\"file-name\">Crawler.java</code>");
		// The source appears escaped in the textarea and once more as the Reset original.
		String escaped = "class Crawler {\n\tvoid run() { if (a &lt; b &amp;&amp; c) {} }\n}\n";
		assertThat(html.split(java.util.regex.Pattern.quote(escaped), -1)).hasSize(3);
		assertThat(html).contains("<template class=\"original-source\">" + escaped + "</template>");
		assertThat(html).doesNotContain("style=").doesNotContain("<script");
	}

	@Test
	void consoleConnectsToTheRunsStreamAndClosesOnResult() {
		String html = this.renderer.render("<div th:replace=\"~{run/console :: console(${runId})}\"></div>",
				Map.of("runId", "r42"));

		assertThat(html).contains("hx-ext=\"sse\"")
			.contains("sse-connect=\"/runs/r42/stream\"")
			.contains("sse-close=\"result\"")
			.contains(
					"<ol class=\"lines\" sse-swap=\"stdout,stderr,diagnostic\" hx-target=\"this\" hx-swap=\"beforeend\">")
			.contains("sse-swap=\"result\"")
			.contains("Running…")
			.contains("href=\"/runs/r42\"");
	}

	@Test
	void problemShowsTitleAndDetail() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, "Wait 3 seconds.");
		problem.setTitle("Too many runs");

		String html = this.renderer.render("<div th:replace=\"~{run/console :: problem(${problem})}\"></div>",
				Map.of("problem", problem));

		assertThat(html).contains("role=\"alert\"")
			.contains("<p class=\"alert-title\">Too many runs</p>")
			.contains("<p>Wait 3 seconds.</p>");
	}

	@Test
	void finishedRunPageReplaysRecordedEventsInOrderInsideTheLayout() {
		List<SandboxEvent> events = List.of(new SandboxEvent.Output(Channel.STDOUT, "first", 10),
				new SandboxEvent.Output(Channel.STDERR, "second", 20), new SandboxEvent.Diagnostic(2, 5, "oops", 30),
				new SandboxEvent.Finished(Verdict.RUNTIME_ERROR, 1, 31, "It threw.", 31));

		String html = this.renderer.render("run/run", page(Map.of("runId", "r7", "events", events, "finished", true)));

		assertThat(html).contains("<title>Run r7 · Looplab</title>")
			.contains("<a class=\"skip-link\" href=\"#content\">")
			.contains("href=\"/login\"")
			.contains("<meta name=\"_csrf\" content=\"token-123\">")
			.contains("<meta name=\"_csrf_header\" content=\"X-CSRF-TOKEN\">")
			.contains("src=\"/vendor/editor.js\"")
			.contains("class=\"verdict verdict-runtime-error\"")
			.doesNotContain("sse-connect");
		assertThat(html.indexOf(">first<")).isLessThan(html.indexOf(">second<"));
		assertThat(html.indexOf(">second<")).isLessThan(html.indexOf("data-line=\"2\""));
		assertThat(html).doesNotContain("style=").doesNotContain("<script>");
	}

	@Test
	void unfinishedRunPageEmbedsTheLiveConsole() {
		String html = this.renderer.render("run/run",
				page(Map.of("runId", "r8", "events", List.of(), "finished", false)));

		assertThat(html).contains("sse-connect=\"/runs/r8/stream\"").contains("Running…");
	}

	@Test
	void layoutOffersLogoutToASignedInUser() {
		Map<String, Object> model = page(Map.of("runId", "r9", "events", List.of(), "finished", false));
		model.put("currentUser", "ada");

		String html = this.renderer.render("run/run", model);

		assertThat(html).contains("<strong>ada</strong>")
			.contains("<form class=\"logout-form\" method=\"post\" action=\"/logout\">")
			.doesNotContain("href=\"/login\"");
	}

	@Test
	void errorPageExplainsTheStatusAndLinksHome() {
		String html = this.renderer.render("error",
				page(Map.of("status", 404, "error", "Not Found", "path", "/chapters/nope")));

		assertThat(html).contains("<title>404 Not Found · Looplab</title>")
			.contains("<section class=\"error-summary\">")
			.contains("There is nothing at this address")
			.doesNotContain("Something went wrong on our side")
			.contains("<code>/chapters/nope</code>")
			.contains("Go to the course");
	}

	@Test
	void errorPageForAServerFaultSaysItIsNotTheVisitorsFault() {
		String html = this.renderer.render("error", page(Map.of("status", 500, "error", "Internal Server Error")));

		assertThat(html).contains("It is not your fault").doesNotContain("There is nothing at this address");
	}

	/**
	 * The model every page gets from the account module's advice, plus the page's own.
	 */
	private static Map<String, Object> page(Map<String, Object> model) {
		Map<String, Object> all = new HashMap<>(model);
		all.put("currentUser", null);
		all.put("currentUserRoles", java.util.Set.of());
		all.put("selfRegistration", true);
		return all;
	}

	@Test
	void aTraceEventIsToldInWordsAndCarriesItsNumbersForTheTimeline() {
		String html = this.renderer.render("<li th:replace=\"~{run/events :: trace(${event})}\"></li>",
				Map.of("event", new dev.looplab.sandbox.SandboxEvent.Trace(3, "suspended", 2, "alpha", "timer",
						"1.000 s", 250_000, 0, 5)));

		assertThat(html).contains("data-kind=\"suspended\"")
			.contains("data-task-name=\"alpha\"")
			.contains("data-waiting-on=\"timer\"")
			.contains("data-virtual-micros=\"250000\"")
			.contains("0.250 s: task alpha waits for timer (1.000 s)");
	}

	@Test
	void aRecordedTraceIsShownEvenWithoutJavaScript() {
		String live = this.renderer.render("<figure th:replace=\"~{run/console :: timeline(${null})}\"></figure>",
				Map.of());
		String recorded = this.renderer.render("<figure th:replace=\"~{run/console :: timeline(${traces})}\"></figure>",
				Map.of("traces", java.util.List
					.of(new dev.looplab.sandbox.SandboxEvent.Trace(1, "created", 1, "main", "", "", 0, 0, 1))));

		assertThat(live).contains("<figure class=\"timeline\" hidden=\"hidden\">");
		assertThat(recorded).contains("<figure class=\"timeline\">").contains("0.000 s: task main is created");
	}

}
