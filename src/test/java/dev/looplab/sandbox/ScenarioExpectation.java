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
 * the result message).
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

	void assertMatches(List<SandboxEvent> events, SandboxEvent.Finished finished) {
		List<String> stdout = lines(events, SandboxEvent.Channel.STDOUT);
		List<String> stderr = lines(events, SandboxEvent.Channel.STDERR);
		List<String> expectedStdout = new ArrayList<>();
		List<String> expectedStderr = new ArrayList<>();
		for (String[] rule : this.rules) {
			String value = rule[1].replace("\\t", "\t");
			switch (rule[0]) {
				case "verdict" -> assertThat(finished.verdict().name()).as(finished.message()).isEqualTo(value);
				case "exit" -> assertThat(finished.exitCode()).isEqualTo(Integer.valueOf(value));
				case "stdout" -> expectedStdout.add(value);
				case "stderr" -> expectedStderr.add(value);
				case "message~" -> assertThat(finished.message()).containsPattern(value);
				case "diagnostic" -> assertThat(events).filteredOn(SandboxEvent.Diagnostic.class::isInstance)
					.map((e) -> (SandboxEvent.Diagnostic) e)
					.anySatisfy((d) -> assertThat(d.line() + ":" + d.column() + " " + d.message()).startsWith(value));
				default -> throw new IllegalArgumentException("Unknown expectation " + rule[0]);
			}
		}
		if (!expectedStdout.isEmpty()) {
			assertThat(stdout).as("stdout").containsSubsequence(expectedStdout);
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
