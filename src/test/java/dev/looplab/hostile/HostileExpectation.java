package dev.looplab.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.assertj.core.api.SoftAssertions;

/**
 * What one hostile program must lead to, from its {@code expected.txt}: one
 * {@code key: value} per line.
 * <ul>
 * <li>{@code verdict}: the run's verdict; {@code message~}: a regular expression found in
 * the result message, {@code message!~}: one not found;</li>
 * <li>{@code diagnostic}: a diagnostic event at this line ({@code any}: at some
 * line);</li>
 * <li>{@code stdout}: a line printed, in order with the other {@code stdout} rules;
 * {@code stdout~} / {@code stderr~}: a regular expression found in the stream,
 * {@code stdout!~} / {@code stderr!~}: one not found; {@code stderr-lines<=}: at most so
 * many lines on stderr;</li>
 * <li>{@code status} and {@code body~}: the submission is refused with this HTTP status
 * and a body that matches;</li>
 * <li>{@code absent}: a path on the host that must not exist afterwards ({@code *}
 * matches within one name);</li>
 * <li>{@code order: last}: run after the other cases; {@code send: raw}: send the file's
 * bytes as they are (no placeholders); {@code pad-to}: pad the source with comments to at
 * least this many bytes.</li>
 * </ul>
 * Values may use the placeholders of {@link Placeholders} and {@code ${LINE}}, the line
 * of the program that carries the comment {@code // forbidden}.
 */
record HostileExpectation(List<Rule> rules) {

	private static final Set<String> KEYS = Set.of("verdict", "message~", "message!~", "diagnostic", "stdout",
			"stdout~", "stderr~", "stdout!~", "stderr!~", "stderr-lines<=", "status", "body~", "absent", "order",
			"send", "pad-to");

	/** One line of the file. */
	record Rule(String key, String value) {
	}

	static HostileExpectation parse(List<String> lines) {
		List<Rule> rules = new ArrayList<>();
		for (String line : lines) {
			if (line.isBlank()) {
				continue;
			}
			int colon = line.indexOf(": ");
			if (colon < 0 || !KEYS.contains(line.substring(0, colon))) {
				throw new IllegalArgumentException("Not an expectation: " + line);
			}
			rules.add(new Rule(line.substring(0, colon), line.substring(colon + 2)));
		}
		return new HostileExpectation(rules);
	}

	List<String> values(String key) {
		return this.rules.stream().filter((rule) -> rule.key().equals(key)).map(Rule::value).toList();
	}

	String value(String key) {
		List<String> values = values(key);
		return values.isEmpty() ? null : values.getFirst();
	}

	/** Whether the submission itself is expected to be refused, with a status. */
	boolean refused() {
		return value("status") != null;
	}

	void checkRefusal(RunClient.Submitted submitted, SoftAssertions soft) {
		soft.assertThat(submitted.status())
			.as("HTTP status (body: %s)", submitted.body())
			.isEqualTo(Integer.parseInt(value("status")));
		values("body~").forEach((regex) -> soft.assertThat(submitted.body()).as("problem body").containsPattern(regex));
	}

	void checkRun(RunOutcome run, SoftAssertions soft) {
		List<String> stdoutLines = run.stdout().lines().toList();
		List<String> expectedLines = values("stdout");
		for (Rule rule : this.rules) {
			String value = rule.value();
			switch (rule.key()) {
				case "verdict" ->
					soft.assertThat(run.verdict()).as("verdict (message: %s)", run.message()).isEqualTo(value);
				case "message~" -> soft.assertThat(run.message()).as("result message").containsPattern(value);
				case "message!~" -> soft.assertThat(run.message()).as("result message").doesNotContainPattern(value);
				case "diagnostic" -> {
					if (value.equals("any")) {
						soft.assertThat(run.diagnosticLines()).as("diagnostic events").isNotEmpty();
					}
					else {
						soft.assertThat(run.diagnosticLines())
							.as("lines of the diagnostic events")
							.contains(Long.parseLong(value));
					}
				}
				case "stdout~" -> soft.assertThat(run.stdout()).as("stdout").containsPattern(value);
				case "stderr~" -> soft.assertThat(run.stderr()).as("stderr").containsPattern(value);
				case "stdout!~" -> soft.assertThat(run.stdout()).as("stdout").doesNotContainPattern(value);
				case "stderr!~" -> soft.assertThat(run.stderr()).as("stderr").doesNotContainPattern(value);
				case "stderr-lines<=" -> soft.assertThat(run.stderr().lines().count())
					.as("lines on stderr")
					.isLessThanOrEqualTo(Long.parseLong(value));
				default -> {
					// Rules about how to send the program or what to check on the host.
				}
			}
		}
		if (!expectedLines.isEmpty()) {
			soft.assertThat(stdoutLines).as("stdout lines").containsSubsequence(expectedLines);
		}
	}

}
