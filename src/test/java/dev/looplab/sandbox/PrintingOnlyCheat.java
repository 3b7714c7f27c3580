package dev.looplab.sandbox;

import java.util.ArrayList;
import java.util.List;

import dev.looplab.catalog.Exercise;
import dev.looplab.catalog.ExerciseFile;

/**
 * The laziest cheat on an exercise: the starter, left as it is, except that its main
 * method only prints what the reference prints, line for line, without creating a task or
 * waiting once. Hidden tests that look only at printed lines (and at loop times, which
 * are 0 for a program that never waits) would give it points.
 */
final class PrintingOnlyCheat {

	private static final String MAIN = "public static void main(String[] args) {";

	private PrintingOnlyCheat() {
	}

	/** The cheat's source, with the reference's output found by running it. */
	static ExerciseFile of(Exercise exercise, Sandbox sandbox) {
		List<String> lines = new ArrayList<>();
		SandboxEvent.Finished ran = sandbox.run(exercise.reference().content(),
				new Sandbox.Schedule(exercise.clock().equals("virtual"), exercise.seed()), (event) -> {
					if (event instanceof SandboxEvent.Output output
							&& output.channel() == SandboxEvent.Channel.STDOUT) {
						lines.add(output.text());
					}
				});
		if (ran.verdict() != Verdict.OK || lines.isEmpty()) {
			throw new IllegalStateException("The reference of " + exercise.id() + " did not run: " + ran.message());
		}
		return new ExerciseFile(exercise.starter().fileName(), withMainPrinting(exercise.starter().content(), lines));
	}

	static String withMainPrinting(String source, List<String> lines) {
		int start = source.indexOf(MAIN);
		if (start < 0) {
			throw new IllegalArgumentException("No '" + MAIN + "' in the starter");
		}
		int open = start + MAIN.length() - 1;
		StringBuilder body = new StringBuilder("\n");
		for (String line : lines) {
			body.append("\t\tSystem.out.println(\"")
				.append(line.replace("\\", "\\\\").replace("\"", "\\\""))
				.append("\");\n");
		}
		return source.substring(0, open + 1) + body + "\t" + source.substring(closingBrace(source, open));
	}

	/**
	 * The brace that closes the one at {@code open}, skipping string and char literals.
	 */
	private static int closingBrace(String source, int open) {
		int depth = 0;
		for (int i = open; i < source.length(); i++) {
			char c = source.charAt(i);
			if (source.startsWith("//", i)) {
				// Comments may hold apostrophes and braces.
				i = source.indexOf('\n', i);
			}
			else if (source.startsWith("/*", i)) {
				i = source.indexOf("*/", i + 2) + 1;
			}
			else if (c == '"' || c == '\'') {
				for (i++; source.charAt(i) != c; i++) {
					if (source.charAt(i) == '\\') {
						i++;
					}
				}
			}
			else if (c == '{') {
				depth++;
			}
			else if (c == '}' && --depth == 0) {
				return i;
			}
		}
		throw new IllegalArgumentException("main's body never closes");
	}

}
