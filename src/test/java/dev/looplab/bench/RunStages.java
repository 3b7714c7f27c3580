package dev.looplab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the runs' time went on the server, read from the sandbox's debug lines in the
 * server's log: the wait in line, the compile and bytecode check, the wait for a sandbox
 * JVM, and the run itself, then the runs that had a JVM kept from their learner's last
 * run (ADR 20) on their own. The lines do not say whose run it was, so the figures cover
 * every run, the attackers' included.
 */
final class RunStages {

	private static final Pattern LINE_WAIT = Pattern.compile("Waited (\\d+) ms in line for a sandbox");

	private static final Pattern STAGES = Pattern
		.compile("Compiled and checked in (\\d+) ms, waited (\\d+) ms for a sandbox JVM, ran in (\\d+) ms");

	private RunStages() {
	}

	/** Who the normal users of the attack load are, as the server names its clients. */
	private static final String LEARNERS = "client user:learner";

	/**
	 * The stages by name, in the order a run meets them, then the same for the normal
	 * users' runs alone; empty when the log has none.
	 */
	static Map<String, Samples> read(Path serverLog) throws IOException {
		Map<String, Samples> stages = new LinkedHashMap<>();
		for (String name : new String[] { "wait in line", "compile and check", "wait for a sandbox JVM", "run",
				"run in a kept JVM", "learners: wait in line", "learners: compile and check",
				"learners: wait for a sandbox JVM", "learners: run" }) {
			stages.put(name, new Samples());
		}
		if (!Files.exists(serverLog)) {
			return Map.of();
		}
		for (String line : Files.readAllLines(serverLog)) {
			Matcher waited = LINE_WAIT.matcher(line);
			if (waited.find()) {
				stages.get("wait in line").add(millis(waited.group(1)));
				if (line.contains(LEARNERS)) {
					stages.get("learners: wait in line").add(millis(waited.group(1)));
				}
			}
			Matcher ran = STAGES.matcher(line);
			if (ran.find()) {
				stages.get("compile and check").add(millis(ran.group(1)));
				stages.get("wait for a sandbox JVM").add(millis(ran.group(2)));
				stages.get("run").add(millis(ran.group(3)));
				if (line.contains("(a kept JVM")) {
					stages.get("run in a kept JVM").add(millis(ran.group(3)));
				}
				if (line.contains(LEARNERS)) {
					stages.get("learners: compile and check").add(millis(ran.group(1)));
					stages.get("learners: wait for a sandbox JVM").add(millis(ran.group(2)));
					stages.get("learners: run").add(millis(ran.group(3)));
				}
			}
		}
		return (stages.get("run").count() == 0) ? Map.of() : stages;
	}

	private static long millis(String text) {
		return Long.parseLong(text) * 1_000_000;
	}

}
