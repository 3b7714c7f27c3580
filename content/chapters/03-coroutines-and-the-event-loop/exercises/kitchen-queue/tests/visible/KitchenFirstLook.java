import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.looplab.testkit.Expect;
import dev.looplab.testkit.Program;
import dev.looplab.testkit.ProgramRun;

class KitchenFirstLook {

	@Test
	@DisplayName("two cooks are at work at the same time")
	void twoCooks() {
		ProgramRun run = Program.run();
		Expect.completes(run);
		Expect.printed(run, "all 6 dishes served");
		Expect.atLeastTasksAtOnce(run, "cook-", 2, "create one task per cook, named cook-1, cook-2, ...");
	}

}
