import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.looplab.testkit.Expect;
import dev.looplab.testkit.Program;
import dev.looplab.testkit.ProgramRun;

class ThermometerFirstLook {

	@Test
	@DisplayName("both readings are printed")
	void printsBothReadings() {
		ProgramRun run = Program.run();
		Expect.completes(run);
		Expect.printedInOrder(run, "inside: 21.5", "outside: 7.0");
		Expect.finishesWithin(run, 0.75, "wake up when the reading arrives, not on the next poll");
	}

}
