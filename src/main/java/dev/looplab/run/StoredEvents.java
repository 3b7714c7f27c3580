package dev.looplab.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.looplab.sandbox.SandboxEvent;
import dev.looplab.sandbox.Verdict;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes a run's events to one JSON column and reads them back, so a finished run can be
 * shown and replayed after the server restarts.
 */
final class StoredEvents {

	private final ObjectMapper json;

	StoredEvents(ObjectMapper json) {
		this.json = json;
	}

	String write(List<SandboxEvent> events) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (SandboxEvent event : events) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("type", event.eventName());
			row.put("at", event.atMillis());
			switch (event) {
				case SandboxEvent.Output out -> row.put("text", out.text());
				case SandboxEvent.Queued queued -> row.put("position", queued.position());
				case SandboxEvent.Started started -> {
				}
				case SandboxEvent.Trace t -> {
					row.put("seq", t.seq());
					row.put("kind", t.kind());
					row.put("task", t.task());
					row.put("taskName", t.taskName());
					row.put("waitingOn", t.waitingOn());
					row.put("detail", t.detail());
					row.put("virtualMicros", t.virtualMicros());
					row.put("spanMicros", t.spanMicros());
				}
				case SandboxEvent.Diagnostic d -> {
					row.put("line", d.line());
					row.put("column", d.column());
					row.put("message", d.message());
				}
				case SandboxEvent.ProgramRun p -> {
					row.put("number", p.number());
					row.put("title", p.title());
				}
				case SandboxEvent.TestResult t -> {
					row.put("name", t.name());
					row.put("passed", t.passed());
					row.put("points", t.points());
					row.put("maxPoints", t.maxPoints());
					row.put("message", t.message());
					row.put("programRun", t.programRun());
				}
				case SandboxEvent.Finished f -> {
					row.put("verdict", f.verdict().name());
					row.put("exitCode", f.exitCode());
					row.put("wallMillis", f.wallMillis());
					row.put("message", f.message());
				}
			}
			rows.add(row);
		}
		return this.json.writeValueAsString(rows);
	}

	List<SandboxEvent> read(String stored) {
		List<SandboxEvent> events = new ArrayList<>();
		for (JsonNode row : this.json.readTree(stored)) {
			long at = row.get("at").asLong();
			events.add(switch (row.get("type").asString()) {
				case "stdout" -> new SandboxEvent.Output(SandboxEvent.Channel.STDOUT, row.get("text").asString(), at);
				case "stderr" -> new SandboxEvent.Output(SandboxEvent.Channel.STDERR, row.get("text").asString(), at);
				case "queued" -> new SandboxEvent.Queued(row.get("position").asInt(), at);
				case "started" -> new SandboxEvent.Started(at);
				case "program" ->
					new SandboxEvent.ProgramRun(row.get("number").asInt(), row.get("title").asString(), at);
				case "test" -> new SandboxEvent.TestResult(row.get("name").asString(), row.get("passed").asBoolean(),
						row.get("points").asInt(), row.get("maxPoints").asInt(), row.get("message").asString(),
						row.get("programRun").asInt(), at);
				case "trace" -> new SandboxEvent.Trace(row.get("seq").asLong(), row.get("kind").asString(),
						row.get("task").asInt(), row.get("taskName").asString(), row.get("waitingOn").asString(),
						row.get("detail").asString(), row.get("virtualMicros").asLong(), row.get("spanMicros").asLong(),
						at);
				case "diagnostic" -> new SandboxEvent.Diagnostic(row.get("line").asLong(), row.get("column").asLong(),
						row.get("message").asString(), at);
				default -> new SandboxEvent.Finished(Verdict.valueOf(row.get("verdict").asString()),
						row.get("exitCode").isNull() ? null : row.get("exitCode").asInt(),
						row.get("wallMillis").asLong(), row.get("message").asString(), at);
			});
		}
		return events;
	}

}
