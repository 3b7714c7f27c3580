import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.looplab.testkit.Expect;
import dev.looplab.testkit.Program;
import dev.looplab.testkit.ProgramRun;

class PoliteCrawlFirstLook {

	@Test
	@DisplayName("at most two fetches wait at once")
	void keepsToTwo() {
		ProgramRun run = Program.run();
		Expect.completes(run);
		Expect.atMostWaitingAtOnce(run, "timer", 2, "hold a semaphore place around each fetch");
	}

}
