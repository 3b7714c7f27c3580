package dev.looplab.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The grading load test's results as Markdown, written between their own markers in
 * {@code docs/benchmarks.md}.
 */
final class GradingLoadReport {

	private static final String START = "<!-- grading-load:start -->";

	private static final String END = "<!-- grading-load:end -->";

	private final BundledExercise exercise;

	private final LoadResults results;

	GradingLoadReport(BundledExercise exercise, LoadResults results) {
		this.exercise = exercise;
		this.results = results;
	}

	String markdown() {
		Samples client = this.results.submitToGrade();
		Samples accepted = this.results.acceptance();
		Samples server = this.results.ledger().queuedToGraded();
		StringBuilder md = new StringBuilder(START).append("\n## Grading under load\n\n");
		md.append(
				String.format(Locale.ROOT, "Measured %s on %s (%d cores), %s %s. Command: `./mvnw -Pload verify`.%n%n",
						LocalDate.now(), BenchmarkReport.machine(), Runtime.getRuntime().availableProcessors(),
						System.getProperty("java.vm.name"), System.getProperty("java.version")));
		md.append(String.format(Locale.ROOT,
				"%d learners, signed up through the registration form, submit exercise `%s` at the same moment "
						+ "through `POST /api/exercises/%s/submissions` (half the reference solution, half the starter) "
						+ "and follow `GET /api/submissions/{id}/events` to the grade. Every API call checks the "
						+ "learner's password (basic authentication).%n%n",
				this.results.count(), this.exercise.id(), this.exercise.id()));
		md.append("| measure | p50 | p95 | max |\n|---|---:|---:|---:|\n");
		row(md, "submit to accepted (client)", accepted);
		row(md, "submit to grade received (client)", client);
		row(md, "stored to graded (server's timestamps)", server);
		md.append(String.format(Locale.ROOT,
				"%nAll %d graded in %.1f s (%.1f submissions/s); server resident memory afterwards %.0f MiB.%n%n",
				this.results.count(), this.results.wallSeconds(), this.results.count() / this.results.wallSeconds(),
				this.results.serverMiB()));
		List<String> problems = this.results.problems();
		md.append("Checked in the server's database after a graceful stop: ")
			.append(this.results.ledger().summary())
			.append(problems.isEmpty() ? " No problem found." : " Problems: " + String.join("; ", problems))
			.append('\n');
		return md.append(END).append('\n').toString();
	}

	private static void row(StringBuilder md, String measure, Samples samples) {
		md.append(String.format(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.0f ms |%n", measure, samples.percentile(50),
				samples.percentile(95), samples.percentile(100)));
	}

	void writeInto(Path file) throws IOException {
		MarkedSection.write(file, START, END, markdown());
	}

}
