package dev.looplab.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The expected outcome of one golden scenario. Each line of {@code expected.txt} is
 * {@code key: value}: {@code verdict}, {@code exit}, {@code stdout} and {@code stderr}
 * (lines that must appear, in this order), {@code diagnostic}
 * ({@code line:column message-part}), and {@code message~} (a regular expression found in
 * the result message). How it runs: {@code clock} ({@code real}, the default, or
 * {@code virtual}) and {@code seed}. On the virtual clock: {@code trace} (lines of the
 * trace that must appear, in this order, each
 * {@code seconds kind name[ waitingOn][ (detail)]}), {@code stderr!~} (a regular
 * expression not found in stderr), {@code only: stdout} (stdout is exactly the lines
 * given) and {@code runs} (how many times to run it: every run must give byte-identical
 * output and trace).
 */
record ScenarioExpectation(List<String[]> rules) {

	static ScenarioExpectation parse(Path file) throws IOException {
		List<String[]> rules = new ArrayList<>();
		for (String line : Files.readAllLines(file)) {
			if (!line.isBlank()) {
				int colon = line.indexOf(": ");
				rules.add(new String[] { line.substring(0, colon), line.substring(colon + 2) });
			}
		}
		return new ScenarioExpectation(rules);
	}

	/** The clock and order the scenario runs with. */
	Sandbox.Schedule schedule() {
		return new Sandbox.Schedule(value("clock").equals("virtual"),
				value("seed").isEmpty() ? null : Long.valueOf(value("seed")));
	}

	/** How many times the scenario runs; each run must repeat the first exactly. */
	int runs() {
		return value("runs").isEmpty() ? 1 : Integer.parseInt(value("runs"));
	}

	/**
	 * What must be the same from one run to the next: output and trace, without real
	 * times.
	 */
	static List<String> replayable(List<SandboxEvent> events) {
		List<String> seen = new ArrayList<>();
		for (SandboxEvent event : events) {
			switch (event) {
				case SandboxEvent.Output output -> seen.add(output.channel() + " " + output.text());
				case SandboxEvent.Trace trace -> seen.add(traceLine(trace));
				case SandboxEvent.Finished end -> seen.add(end.verdict() + " " + end.message());
				default -> {
				}
			}
		}
		return seen;
	}

	private String value(String key) {
		return this.rules.stream().filter((rule) -> rule[0].equals(key)).map((rule) -> rule[1]).findFirst().orElse("");
	}

	private static String traceLine(SandboxEvent.Trace trace) {
		return String.format(java.util.Locale.ROOT, "%.3f %s %s", trace.virtualMicros() / 1e6, trace.kind(),
				trace.taskName()) + (trace.waitingOn().isEmpty() ? "" : " " + trace.waitingOn())
				+ (trace.detail().isEmpty() ? "" : " (" + trace.detail() + ")");
	}

	void assertMatches(List<SandboxEvent> events, SandboxEvent.Finished finished) {
		List<String> stdout = lines(events, SandboxEvent.Channel.STDOUT);
		List<String> stderr = lines(events, SandboxEvent.Channel.STDERR);
		List<String> expectedStdout = new ArrayList<>();
		List<String> expectedStderr = new ArrayList<>();
		List<String> expectedTrace = new ArrayList<>();
		for (String[] rule : this.rules) {
			String value = rule[1].replace("\\t", "\t");
			switch (rule[0]) {
				case "verdict" -> assertThat(finished.verdict().name()).as(finished.message()).isEqualTo(value);
				case "exit" -> assertThat(finished.exitCode()).isEqualTo(Integer.valueOf(value));
				case "stdout" -> expectedStdout.add(value);
				case "stderr" -> expectedStderr.add(value);
				case "message~" -> assertThat(finished.message()).containsPattern(value);
				case "trace" -> expectedTrace.add(value);
				case "stderr!~" -> assertThat(String.join("\n", stderr)).doesNotContainPattern(value);
				case "only" -> assertThat(value).isEqualTo("stdout");
				case "clock", "seed", "runs" -> {
					// How it runs: see schedule() and runs().
				}
				case "diagnostic" -> assertThat(events).filteredOn(SandboxEvent.Diagnostic.class::isInstance)
					.map((e) -> (SandboxEvent.Diagnostic) e)
					.anySatisfy((d) -> assertThat(d.line() + ":" + d.column() + " " + d.message()).startsWith(value));
				default -> throw new IllegalArgumentException("Unknown expectation " + rule[0]);
			}
		}
		if (!value("only").isEmpty()) {
			assertThat(stdout).as("stdout").containsExactlyElementsOf(expectedStdout);
		}
		else if (!expectedStdout.isEmpty()) {
			assertThat(stdout).as("stdout").containsSubsequence(expectedStdout);
		}
		if (!expectedTrace.isEmpty()) {
			List<String> trace = events.stream()
				.filter(SandboxEvent.Trace.class::isInstance)
				.map((e) -> traceLine((SandboxEvent.Trace) e))
				.toList();
			assertThat(trace).as("trace").containsSubsequence(expectedTrace);
		}
		if (!expectedStderr.isEmpty()) {
			assertThat(stderr).as("stderr").containsSubsequence(expectedStderr);
		}
	}

	private static List<String> lines(List<SandboxEvent> events, SandboxEvent.Channel channel) {
		return events.stream()
			.filter((e) -> e instanceof SandboxEvent.Output output && output.channel() == channel)
			.map((e) -> ((SandboxEvent.Output) e).text())
			.toList();
	}

}
