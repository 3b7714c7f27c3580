package dev.looplab.sandbox;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chapters quote what their examples print. For every
 * {@code example-outputs/<chapter folder>/<Example>.out}, the example of that name under
 * {@code content/chapters} runs the way the sandbox runs it on the virtual clock (the
 * default), and must print exactly that file, so a quoted output cannot drift from the
 * program. A {@code .py} beside an output is the example's Python original, for chapters
 * that say CPython prints the same: it does, verbatim, with CPython 3.11.
 */
class ExampleOutputTests {

	static Stream<String> examples() throws IOException, URISyntaxException {
		Path root = root();
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter((file) -> file.toString().endsWith(".out"))
				.map((file) -> root.relativize(file).toString().replace('\\', '/'))
				.sorted()
				.toList()
				.stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void printsWhatItsChapterQuotes(String output) throws Exception {
		String expected = Files.readString(root().resolve(output));
		assertThat(LearnerProgram.run(source(output))).isEqualTo(expected);
	}

	@Test
	void onTheRealClockComputingMakesThePoliteWorkerLate() throws Exception {
		// What chapter 5 says of ComputingOnTheLoop on the real clock: the timer is due
		// at
		// 0.50 s, but the loop runs it only once the computation has let go.
		String output = LearnerProgram.run(source("05-inside-the-event-loop/ComputingOnTheLoop.out"), false);
		double found = secondsOf(output, "busy found");
		double back = secondsOf(output, "polite is back");
		// Unlike the virtual clock's 0.00, the count costs time (how much depends on the
		// machine), and the timer due at 0.50 waits for it.
		assertThat(found).as(output).isGreaterThan(0.0);
		assertThat(back).as(output).isGreaterThanOrEqualTo(Math.max(0.5, found));
	}

	private static double secondsOf(String output, String what) {
		return output.lines()
			.filter((line) -> line.contains(what))
			.map((line) -> Double.parseDouble(line.substring(0, line.indexOf(':'))))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * The example's source, from the chapter folder and file name of its output, with its
	 * class renamed to Main: the sandbox's test path runs a class of that name.
	 */
	static String source(String output) throws IOException {
		String chapter = output.substring(0, output.indexOf('/'));
		String name = output.substring(output.indexOf('/') + 1, output.length() - ".out".length());
		Path file = Path.of("content", "chapters", chapter, "examples", name + ".java");
		return Files.readString(file).replaceAll("\\b" + name + "\\b", "Main");
	}

	private static Path root() throws URISyntaxException {
		return Path.of(ExampleOutputTests.class.getResource("/example-outputs").toURI());
	}

}
