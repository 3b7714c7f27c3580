import java.util.Locale;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.looplab.testkit.Expect;
import dev.looplab.testkit.Points;
import dev.looplab.testkit.Program;
import dev.looplab.testkit.ProgramRun;
import dev.looplab.testkit.TaskRecord;

class ThermometerTests {

	private static final String FUTURE = "create a future with Aio.createFuture(), let the library's callback"
			+ " complete it (future::setResult), and await it once";

	@Test
	@DisplayName("each reading is printed the moment its sensor answers")
	@Points(2)
	void readingsArriveOnTime() {
		ProgramRun run = Program.run();
		Expect.completes(run);
		printedAt(run, "inside: 21.5", 0.25);
		printedAt(run, "outside: 7.0", 0.75);
	}

	@Test
	@DisplayName("each measuring task suspends once instead of polling")
	@Points(1)
	void suspendsOnce() {
		ProgramRun run = Program.run();
		Expect.completes(run);
		for (String name : new String[] { "inside", "outside" }) {
			Expect.suspendedAtLeast(run, name, 1, FUTURE);
			TaskRecord task = run.task(name).orElseThrow();
			if (task.suspensions() != 1) {
				Assertions.fail("Expected the task '" + name + "' to wait once for its reading, but it waited "
						+ task.suspensions() + " times. Hint: " + FUTURE + ".");
			}
		}
	}

	@Test
	@DisplayName("both measuring tasks wait on futures at the same time")
	@Points(1)
	void waitsOnFutures() {
		ProgramRun run = Program.run();
		Expect.completes(run);
		int most = run.mostTasksWaitingOn("future");
		if (most != 2) {
			Assertions.fail("Expected both measuring tasks to wait on a future at the same time, but at most " + most
					+ " did. Hint: " + FUTURE + ".");
		}
	}

	@Test
	@DisplayName("a reading that takes 1.55 s is returned at 1.55 s")
	@Points(1)
	void returnsWhenTheCallbackComes() {
		ProgramRun run = Program.record("a reading that takes 1.55 s", () -> {
			double value = Thermometer.measure("cellar", 1.55);
			System.out.println(String.format(Locale.ROOT, "measured %.1f", value));
		});
		Expect.completes(run);
		printedAt(run, "measured 21.5", 1.55);
	}

	private static void printedAt(ProgramRun run, String line, double seconds) {
		Expect.printed(run, line);
		double at = run.timeOfLine(line);
		if (!(Math.abs(at - seconds) <= 1e-9)) { // also when the line never came (NaN)
			Assertions.fail(String.format(Locale.ROOT,
					"Expected '%s' at %.2f s of loop time, but it was printed at %.2f s. Hint: %s.", line, seconds, at,
					FUTURE));
		}
	}

}
