import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.looplab.testkit.Expect;
import dev.looplab.testkit.Program;
import dev.looplab.testkit.ProgramRun;

class NapsFirstLook {

	@Test
	@DisplayName("main prints done")
	void printsDone() {
		ProgramRun run = Program.run();
		Expect.completes(run);
		Expect.printed(run, "done");
	}

}
