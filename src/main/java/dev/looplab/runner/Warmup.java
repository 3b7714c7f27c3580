package dev.looplab.runner;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import dev.looplab.aio.Aio;
import dev.looplab.aio.Task;

/**
 * Runs the paths almost every learner program takes (printing, formatting, lambdas,
 * streams, collections, virtual threads) before the JVM reports ready, so that their
 * class loading and first compilation are paid while the slot idles rather than while a
 * learner waits.
 */
final class Warmup {

	private Warmup() {
	}

	static void run() {
		// With the AOT cache, classes come from the archive and the runner jar is opened
		// only when a class is looked up that is not there, such as the learner's first:
		// opening it (reading its directory of a thousand entries) belongs to idle time.
		Warmup.class.getClassLoader().getResource("dev/looplab/runner/not-a-class");
		PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
		Map<String, Integer> counts = new HashMap<>();
		List<String> words = new ArrayList<>(List.of("loop", "task", "future"));
		for (int round = 0; round < 3; round++) {
			for (String word : words) {
				counts.merge(word, 1, Integer::sum);
			}
			sink.println("round " + round + ": " + counts);
			sink.printf("%5.2f s %s%n", round / 10.0, String.join(",", words));
			sink.println(IntStream.range(0, 20).map(i -> i * i).sum());
		}
		try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
			executor.submit(() -> sink.println("warm")).get();
		}
		catch (Exception ex) {
			// Warming is best effort; a failure here only costs the first run some time.
		}
		try {
			// The event loop and its continuations: loaded and linked before a learner's
			// program needs them.
			Aio.run(() -> {
				Task<Object> task = Aio.createTask("warm", () -> sink.println("warm"));
				Aio.sleep(0);
				task.await();
			});
		}
		catch (RuntimeException ex) {
			// As above: best effort.
		}
	}

}
