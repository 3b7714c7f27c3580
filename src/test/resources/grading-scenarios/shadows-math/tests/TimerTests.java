import dev.looplab.testkit.Expect;
import dev.looplab.testkit.Program;
import dev.looplab.testkit.ProgramRun;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TimerTests {

	@Test
	@DisplayName("rings at 1 s")
	void ringsOnTime() {
		ProgramRun run = Program.run();
		Expect.printed(run, "ring");
		if (!(Math.abs(run.timeOfLine("ring") - 1.0) <= 1e-9)) {
			Assertions.fail("Expected 'ring' at 1.0 s, but it came at " + run.timeOfLine("ring") + " s.");
		}
	}

}
