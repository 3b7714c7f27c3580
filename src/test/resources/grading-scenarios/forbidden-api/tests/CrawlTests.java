import java.util.List;

import dev.looplab.testkit.Expect;
import dev.looplab.testkit.Points;
import dev.looplab.testkit.Program;
import dev.looplab.testkit.ProgramRun;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CrawlTests {

	@Test
	@Points(2)
	@DisplayName("four pages in 1 s of loop time")
	void concurrent() {
		ProgramRun run = Program.record("the crawl", () -> Crawl.crawl(List.of("a", "b", "c", "d")));
		Expect.completes(run);
		Expect.finishesWithin(run, 1.0, "create all four tasks before awaiting any of them.");
		Expect.atLeastTasksAtOnce(run, "fetch", 4, "start every fetch before waiting for one.");
	}

	@Test
	void printsDone() {
		ProgramRun run = Program.run();
		Expect.printedInOrder(run, "fetching a", "fetched d", "done");
		Expect.loopNeverBlocked(run, "use Aio.sleep, never Thread.sleep, inside a task.");
	}

	@Test
	void sameRunTwice() {
		ProgramRun first = Program.run();
		ProgramRun again = Program.run();
		org.junit.jupiter.api.Assertions.assertSame(first, again);
		Expect.suspendedAtLeast(first, "fetch a", 1, "");
		Expect.happensBefore(first, "fetching d", "fetched a", "");
	}

}
