package dev.looplab.hostile;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Everything the API streamed for one run, ending with its result (the run as {@code GET
 * /api/runs/{id}} shows it).
 */
record RunOutcome(List<Event> events) {

	/** One Server-Sent Event: its name and its JSON data. */
	record Event(String name, JsonNode data) {
	}

	/** The result event's data; fails when the stream ended without one. */
	JsonNode result() {
		if (this.events.isEmpty() || !this.events.getLast().name().equals("result")) {
			throw new AssertionError("The event stream ended without a result; events: "
					+ this.events.stream().map(Event::name).toList());
		}
		return this.events.getLast().data();
	}

	String verdict() {
		return text(result(), "verdict");
	}

	String message() {
		return text(result(), "message");
	}

	String stdout() {
		return text(result(), "stdout");
	}

	String stderr() {
		return text(result(), "stderr");
	}

	/** The lines of the diagnostic events that were streamed. */
	List<Long> diagnosticLines() {
		return this.events.stream()
			.filter((event) -> event.name().equals("diagnostic"))
			.map((event) -> event.data().get("line").asLong())
			.toList();
	}

	/** Every event's data as text: whatever reached the learner. */
	String everythingShown() {
		return this.events.stream().map((event) -> event.data().toString()).reduce("", String::concat);
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? "" : value.asString();
	}

}
