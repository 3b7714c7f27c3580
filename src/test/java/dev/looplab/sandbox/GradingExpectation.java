package dev.looplab.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What grading one golden scenario must give, read from its {@code expected.txt} (see
 * {@code src/test/resources/grading-scenarios/README.md}).
 */
record GradingExpectation(Map<String, String> settings, List<String[]> rules) {

	static GradingExpectation parse(Path file) throws IOException {
		Map<String, String> settings = new HashMap<>();
		List<String[]> rules = new ArrayList<>();
		for (String line : Files.readAllLines(file)) {
			if (line.isBlank()) {
				continue;
			}
			int colon = line.indexOf(':');
			String key = line.substring(0, colon);
			String value = line.substring(colon + 1).strip();
			switch (key) {
				case "clock", "seed", "cpu-seconds", "wall-seconds", "twice" -> settings.put(key, value);
				default -> rules.add(new String[] { key, value });
			}
		}
		return new GradingExpectation(settings, rules);
	}

	GradeJob job(String source, List<SourceFile> tests) {
		boolean virtual = !"real".equals(this.settings.get("clock"));
		Long seed = this.settings.containsKey("seed") ? Long.valueOf(this.settings.get("seed")) : null;
		return new GradeJob(source, tests, new Sandbox.Schedule(virtual, seed), seconds("cpu-seconds"),
				seconds("wall-seconds"));
	}

	boolean twice() {
		return "yes".equals(this.settings.get("twice"));
	}

	void assertMatches(List<SandboxEvent> events, SandboxEvent.Finished finished) {
		List<String> expectedTests = new ArrayList<>();
		for (String[] rule : this.rules) {
			String value = rule[1];
			switch (rule[0]) {
				case "verdict" -> assertThat(finished.verdict().name()).as(finished.message()).isEqualTo(value);
				case "message~" -> assertThat(finished.message()).containsPattern(value);
				case "message!~" -> assertThat(finished.message()).doesNotContainPattern(value);
				case "diagnostics" -> assertThat(events).filteredOn(SandboxEvent.Diagnostic.class::isInstance)
					.hasSize(Integer.parseInt(value));
				case "program" -> assertThat(events).filteredOn(SandboxEvent.ProgramRun.class::isInstance)
					.map((e) -> ((SandboxEvent.ProgramRun) e).number() + " " + ((SandboxEvent.ProgramRun) e).title())
					.contains(value);
				case "test" -> expectedTests.add(value);
				case "tests!~" -> assertThat(results(events)).extracting(SandboxEvent.TestResult::message)
					.allSatisfy((message) -> assertThat(message).doesNotContainPattern(value));
				case "output~" -> assertThat(output(events)).containsPattern(value);
				case "output!~" -> assertThat(output(events)).doesNotContainPattern(value);
				default -> throw new IllegalArgumentException("Unknown expectation " + rule[0]);
			}
		}
		List<SandboxEvent.TestResult> results = results(events);
		assertThat(results).as("test results: " + results).hasSize(expectedTests.size());
		for (int i = 0; i < expectedTests.size(); i++) {
			String[] parts = expectedTests.get(i).split("\\|", -1);
			SandboxEvent.TestResult result = results.get(i);
			assertThat(result.name()).isEqualTo(parts[0].strip());
			assertThat(result.passed() ? "pass" : "fail").as(result.message()).isEqualTo(parts[1].strip());
			assertThat(result.points() + "/" + result.maxPoints()).isEqualTo(parts[2].strip());
			assertThat(result.message()).startsWith(parts[3].strip());
		}
	}

	/** Everything the program runs of a grading printed, stdout and stderr. */
	private static String output(List<SandboxEvent> events) {
		return events.stream()
			.filter(SandboxEvent.Output.class::isInstance)
			.map((e) -> ((SandboxEvent.Output) e).text())
			.reduce("", (all, line) -> all + line + "\n");
	}

	/** The test results of a grading, without their times. */
	static List<SandboxEvent.TestResult> results(List<SandboxEvent> events) {
		return events.stream()
			.filter(SandboxEvent.TestResult.class::isInstance)
			.map((e) -> (SandboxEvent.TestResult) e)
			.map((r) -> new SandboxEvent.TestResult(r.name(), r.passed(), r.points(), r.maxPoints(), r.message(),
					r.programRun(), 0))
			.toList();
	}

	private Duration seconds(String key) {
		return this.settings.containsKey(key) ? Duration.ofSeconds(Long.parseLong(this.settings.get(key))) : null;
	}

}
