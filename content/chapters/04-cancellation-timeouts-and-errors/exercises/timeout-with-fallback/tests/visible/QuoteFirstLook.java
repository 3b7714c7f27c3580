import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.looplab.testkit.Expect;
import dev.looplab.testkit.Program;
import dev.looplab.testkit.ProgramRun;

class QuoteFirstLook {

	@Test
	@DisplayName("the slow server gets the cached price")
	void showsTheCachedPrice() {
		ProgramRun run = Program.run();
		Expect.completes(run);
		Expect.printed(run, "quote: 99.50 (cached)");
		Expect.finishesWithin(run, 1.0, "give the server one second with Aio.waitFor");
	}

}
