import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.looplab.testkit.Expect;
import dev.looplab.testkit.Points;
import dev.looplab.testkit.Program;
import dev.looplab.testkit.ProgramRun;
import dev.looplab.testkit.TaskRecord;

class QuoteTests {

	private static final String WAIT_FOR = "wrap the request in Aio.waitFor(() -> askServer(serverSeconds),"
			+ " timeoutSeconds) and answer with CACHED when it throws a TimeoutError";

	@Test
	@DisplayName("a slow server: the cached price at exactly 1.0 s")
	@Points(2)
	void givesUpAtTheTimeout() {
		ProgramRun run = Program.run();
		Expect.completes(run);
		Expect.printed(run, "quote: 99.50 (cached)");
		printedAt(run, "quote: 99.50 (cached)", 1.0);
	}

	@Test
	@DisplayName("the late request is cancelled, not left running")
	@Points(1)
	void cancelsTheLateRequest() {
		ProgramRun run = Program.run();
		Expect.completes(run);
		Expect.printed(run, "asking the price server");
		List<TaskRecord> requests = run.tasks()
			.stream()
			.filter((task) -> task.lines().contains("asking the price server"))
			.toList();
		if (requests.isEmpty()) {
			Assertions.fail("Expected the request to the price server to run in a task that the timeout cancels, but"
					+ " no task asked the server. Hint: " + WAIT_FOR + ".");
		}
		for (TaskRecord request : requests) {
			Expect.cancelledAndStopped(run, request.name(), WAIT_FOR);
		}
		if (run.lines().contains("the price server answered")) {
			Assertions.fail("Expected the late request to be cancelled when the time was up, but the price server"
					+ " still answered. Hint: " + WAIT_FOR + ".");
		}
	}

	@Test
	@DisplayName("a fast server: its fresh price at 0.5 s")
	@Points(1)
	void takesAFreshPriceInTime() {
		ProgramRun run = Program.record("a server that answers in 0.5 s, timeout 1 s",
				() -> System.out.println("quote: " + Quote.quote(0.5, 1)));
		Expect.completes(run);
		Expect.printed(run, "quote: 101.25 (fresh)");
		printedAt(run, "quote: 101.25 (fresh)", 0.5);
	}

	@Test
	@DisplayName("a 5 s server with a 2.5 s timeout: the cached price at 2.5 s")
	@Points(1)
	void usesTheTimeoutItIsGiven() {
		ProgramRun run = Program.record("a server that answers in 5 s, timeout 2.5 s",
				() -> System.out.println("quote: " + Quote.quote(5, 2.5)));
		Expect.completes(run);
		Expect.printed(run, "quote: 99.50 (cached)");
		printedAt(run, "quote: 99.50 (cached)", 2.5);
	}

	private static void printedAt(ProgramRun run, String line, double seconds) {
		double at = run.timeOfLine(line);
		if (!(Math.abs(at - seconds) <= 1e-9)) { // also when the line never came (NaN)
			Assertions.fail(String.format(Locale.ROOT,
					"Expected '%s' at %.1f s of loop time, but it was printed at %.1f s. Hint: %s.", line, seconds, at,
					WAIT_FOR));
		}
	}

}
