import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.looplab.testkit.Expect;
import dev.looplab.testkit.Program;
import dev.looplab.testkit.ProgramRun;

class CrawlFirstLook {

	@Test
	@DisplayName("every page is fetched, and faster than one after another")
	void fetchesEveryPageInLessThanTenSeconds() {
		ProgramRun run = Program.run();
		Expect.completes(run);
		Expect.printed(run, "done: [page-1, page-2, page-3, page-4]");
		Expect.finishesWithin(run, 9.0, "the fetches still run one after another: create tasks");
	}

}
