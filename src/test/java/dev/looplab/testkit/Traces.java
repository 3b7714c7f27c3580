package dev.looplab.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds program runs from hand-written traces for the test kit's unit tests: one event a
 * line, {@code seconds kind task name [waitingOn] [detail]}, for example
 * {@code 1.0 suspended 2 fetch-a timer} or {@code 0.5 output 2 fetch-a - fetched a}.
 */
final class Traces {

	private Traces() {
	}

	static ProgramRun run(String... events) {
		return run(true, null, events);
	}

	static ProgramRun run(boolean completed, String failure, String... events) {
		List<TraceEntry> entries = new ArrayList<>();
		List<String> lines = new ArrayList<>();
		List<Double> times = new ArrayList<>();
		for (String event : events) {
			String[] parts = event.split(" ", 6);
			String waitingOn = (parts.length > 4 && !parts[4].equals("-")) ? parts[4] : "";
			String detail = (parts.length > 5) ? parts[5] : "";
			TraceEntry entry = new TraceEntry(parts[1], Integer.parseInt(parts[2]), parts[3], waitingOn, detail,
					Double.parseDouble(parts[0]));
			entries.add(entry);
			if (entry.kind().equals("output")) {
				lines.add(detail);
				times.add(entry.seconds());
			}
		}
		return new ProgramRun(1, "main()", "the program", lines, times, List.of(), completed, failure, entries, 0);
	}

}
