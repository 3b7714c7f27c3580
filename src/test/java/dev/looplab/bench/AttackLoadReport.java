package dev.looplab.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The attack load test's results as Markdown, written between their own markers in
 * {@code docs/benchmarks.md}.
 */
final class AttackLoadReport {

	static final String START = "<!-- attack-load:start -->";

	static final String END = "<!-- attack-load:end -->";

	private static final double MIB = 1024.0 * 1024;

	private final AttackResults results;

	AttackLoadReport(AttackResults results) {
		this.results = results;
	}

	String markdown() {
		AttackPlan plan = this.results.plan();
		StringBuilder md = new StringBuilder(START).append("\n## Attacks while learners run programs\n\n");
		md.append(String.format(Locale.ROOT,
				"Measured %s on %s (%d cores), %s %s. Command: `./mvnw -Pload verify -Dattack.seconds=%d"
						+ " -Dattack.users=%d`.%n%n",
				LocalDate.now(), BenchmarkReport.machine(), Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.vm.name"), System.getProperty("java.version"), plan.length().toSeconds(),
				plan.normalUsers()));
		md.append(String.format(Locale.ROOT,
				"The attacks of issue 10 against a server with its default stream limits and byte budgets: %s. "
						+ "Slow readers' streams are raw sockets with a 1 KiB receive buffer that never read past the "
						+ "status line; an answer that takes over %d s counts as hung. Meanwhile the normal users (%s) "
						+ "run two event-loop tasks sleeping in virtual time and follow the event stream to the result.%n%n",
				plan.describe(), plan.hangAfter().toSeconds(), this.results.authentication()));
		Samples latency = this.results.normalRuns().latency();
		md.append("| normal users' runs | runs | p50 | p95 | max |\n|---|---:|---:|---:|---:|\n");
		if (latency.count() > 0) {
			md.append(String.format(Locale.ROOT, "| POST to result (client) | %d | %.0f ms | %.0f ms | %.0f ms |%n%n",
					latency.count(), latency.percentile(50), latency.percentile(95), latency.percentile(100)));
		}
		else {
			md.append("| POST to result (client) | 0 | | | |\n\n");
		}
		if (!this.results.stages().isEmpty()) {
			md.append(
					"Where the runs' time went on the server (all runs, the attackers' included, then the normal users' alone; from the sandbox's"
							+ " debug lines):\n\n| stage | runs | p50 | p95 | max |\n|---|---:|---:|---:|---:|\n");
			this.results.stages()
				.entrySet()
				.stream()
				.filter((stage) -> stage.getValue().count() > 0)
				.forEach((stage) -> md.append(String.format(Locale.ROOT, "| %s | %d | %.0f ms | %.0f ms | %.0f ms |%n",
						stage.getKey(), stage.getValue().count(), stage.getValue().percentile(50),
						stage.getValue().percentile(95), stage.getValue().percentile(100))));
			md.append('\n');
		}
		md.append("Verdicts: ").append(counts(this.results.normalRuns().verdicts()));
		md.append(". Refused POSTs: ").append(counts(this.results.normalRuns().refused())).append(".\n\n");
		md.append("| attacker streams | requests | answers |\n|---|---:|---|\n");
		this.results.streams()
			.forEach((who, answers) -> md.append("| ")
				.append(who)
				.append(" | ")
				.append(answers.values().stream().mapToInt(Integer::intValue).sum())
				.append(" | ")
				.append(counts(answers))
				.append(" |\n"));
		md.append("\nAttackers' runs: ").append(counts(this.results.attackerRuns())).append(".\n\n");
		List<HealthPoller.Sample> health = this.results.healthSamples();
		md.append(String.format(Locale.ROOT,
				"Health (`/actuator/health` and, when exposed, `/actuator/health/readiness`, every 250 ms with a 2 s"
						+ " timeout): %d answers, %d UP, slowest %.0f ms; not UP: %s.%n%n",
				health.size(), health.stream().filter(HealthPoller.Sample::up).count(),
				this.results.worstHealthMillis(), counts(this.results.healthNotUp())));
		md.append(String.format(Locale.ROOT,
				"Lost runs: %d of %d. Server resident memory: peak %.0f MiB, %.0f MiB at the end. Data directory at the"
						+ " end: %.1f MiB (database file %.1f MiB).%n%n",
				this.results.lost().size(), latency.count(), this.results.peakMiB(), this.results.endMiB(),
				this.results.dataBytes() / MIB, this.results.databaseBytes() / MIB));
		List<String> problems = this.results.problems();
		md.append(problems.isEmpty() ? "No problem found." : "Problems: " + String.join("; ", problems) + ".");
		return md.append('\n').append(END).append('\n').toString();
	}

	private static String counts(Map<String, Integer> counts) {
		if (counts.isEmpty()) {
			return "none";
		}
		return counts.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + " " + entry.getValue())
			.collect(Collectors.joining(", "));
	}

	void writeInto(Path file) throws IOException {
		MarkedSection.write(file, START, END, markdown());
	}

}
