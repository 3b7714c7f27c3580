import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.looplab.testkit.Expect;
import dev.looplab.testkit.Points;
import dev.looplab.testkit.Program;
import dev.looplab.testkit.ProgramRun;

class NapsTests {

	@Test
	@DisplayName("both naps end and main prints done")
	@Points(1)
	void bothNapsEnd() {
		ProgramRun run = Program.run();
		Expect.completes(run);
		Expect.printed(run, "done");
	}

	@Test
	@DisplayName("the naps overlap: 1 s of loop time")
	@Points(2)
	void napsOverlap() {
		ProgramRun run = Program.run();
		Expect.finishesWithin(run, 1.0, "create both tasks before awaiting either");
	}

}
