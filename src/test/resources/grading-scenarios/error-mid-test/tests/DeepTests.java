import dev.looplab.testkit.Expect;
import dev.looplab.testkit.Program;
import dev.looplab.testkit.ProgramRun;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class DeepTests {

	@Test
	void a_direct() {
		assertTrue(Deep.depth(0) > 0);
	}

	@Test
	void b_program() {
		ProgramRun run = Program.run();
		Expect.completes(run);
	}

	@Test
	void c_afterwards() {
		ProgramRun run = Program.run();
		assertTrue(run.errorLines().getFirst().startsWith("Exception in thread \"main\" java.lang.StackOverflowError"),
				"the stack trace goes to the run's stderr");
	}

}
