import java.util.Locale;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.looplab.testkit.Expect;
import dev.looplab.testkit.Points;
import dev.looplab.testkit.Program;
import dev.looplab.testkit.ProgramRun;

class HeartbeatTests {

	private static final String TO_THREAD = "call the library through Aio.toThread(() -> compress(FILES)), so that a"
			+ " worker thread blocks instead of the loop's thread";

	@Test
	@DisplayName("the loop is never blocked")
	@Points(2)
	void theLoopIsNeverBlocked() {
		ProgramRun run = Program.run();
		Expect.completes(run);
		Expect.loopNeverBlocked(run, TO_THREAD);
		Expect.suspendedAtLeast(run, "heartbeat", 6, "keep the heartbeat task: it sleeps half a second per beat");
	}

	@Test
	@DisplayName("the heartbeat ticks on time while the files are compressed")
	@Points(1)
	void theHeartbeatKeepsTime() {
		ProgramRun run = Program.run();
		Expect.completes(run);
		Expect.happensBefore(run, "tick 1", "compressed 4 files", TO_THREAD);
		Expect.happensBefore(run, "tick 4", "compressed 4 files", TO_THREAD);
		for (int beat = 1; beat <= 6; beat++) {
			double due = beat * 0.5;
			Expect.printed(run, "tick " + beat);
			double at = run.timeOfLine("tick " + beat);
			if (!(Math.abs(at - due) <= 1e-9)) { // also when the line never came (NaN)
				Assertions.fail(String.format(Locale.ROOT,
						"Expected 'tick %d' at %.1f s of loop time, but it came at %.1f s. Hint: %s.", beat, due, at,
						TO_THREAD));
			}
		}
	}

	@Test
	@DisplayName("compress runs on a worker thread that the task awaits")
	@Points(1)
	void awaitsAWorkerThread() {
		ProgramRun run = Program.run();
		Expect.completes(run);
		if (run.mostTasksWaitingOn("executor") == 0) {
			Assertions.fail("Expected the compress task to wait for a worker thread, but no task ever did. Hint: "
					+ TO_THREAD + "; leave compress itself as it is.");
		}
	}

	@Test
	@DisplayName("all four files are compressed and the program takes 3 s")
	@Points(1)
	void finishesWithTheHeartbeat() {
		ProgramRun run = Program.run();
		Expect.completes(run);
		Expect.printedInOrder(run, "compressed 4 files", "done");
		Expect.takesAtLeast(run, 3.0, "six beats of 0.5 s take 3 s: keep the heartbeat as it is");
		Expect.finishesWithin(run, 3.0, TO_THREAD);
	}

}
