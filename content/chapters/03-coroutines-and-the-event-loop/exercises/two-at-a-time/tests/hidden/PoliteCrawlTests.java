import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.looplab.testkit.Expect;
import dev.looplab.testkit.Points;
import dev.looplab.testkit.Program;
import dev.looplab.testkit.ProgramRun;

class PoliteCrawlTests {

	private static final String ALL_TEN = "done: [page-1, page-2, page-3, page-4, page-5, page-6, page-7, page-8,"
			+ " page-9, page-10]";

	@Test
	@DisplayName("fetches all ten pages and prints them in order")
	@Points(1)
	void fetchesEveryPage() {
		ProgramRun run = Program.run();
		Expect.completes(run);
		Expect.printed(run, ALL_TEN);
		Expect.waitedAtLeast(run, "timer", 10, "each fetch waits for its page with Aio.sleep; keep fetch as it is");
	}

	@Test
	@DisplayName("never more than two fetches wait for the server at once")
	@Points(2)
	void keepsToTheLimit() {
		ProgramRun run = Program.run();
		Expect.completes(run);
		Expect.waitedAtLeast(run, "timer", 10, "each fetch waits for its page with Aio.sleep; keep fetch as it is");
		Expect.atMostWaitingAtOnce(run, "timer", 2,
				"create one Semaphore(limit) per crawl and hold a place around each fetch:"
						+ " try (Held place = places.hold()) { return fetch(page); }");
	}

	@Test
	@DisplayName("two at a time still overlap: ten pages in 5 s")
	@Points(1)
	void stillOverlaps() {
		ProgramRun run = Program.run();
		Expect.completes(run);
		Expect.printed(run, ALL_TEN);
		Expect.takesAtLeast(run, 5.0, "ten pages of 1 s, two at a time, take 5 s: keep fetch as it is");
		Expect.finishesWithin(run, 5.0,
				"create every task up front and let them queue at the semaphore; awaiting each fetch before the"
						+ " next starts leaves one of the two places empty");
	}

	@Test
	@DisplayName("a limit of 3 lets three fetches wait at once, never four")
	@Points(1)
	void usesTheLimitItIsGiven() {
		ProgramRun run = Program.record("nine pages, three at a time", () -> {
			List<PoliteCrawl.Page> pages = new ArrayList<>();
			for (int i = 1; i <= 9; i++) {
				pages.add(new PoliteCrawl.Page("p" + i, 1));
			}
			System.out.println("crawl returned " + PoliteCrawl.crawl(pages, 3));
		});
		Expect.completes(run);
		Expect.printed(run, "crawl returned [p1, p2, p3, p4, p5, p6, p7, p8, p9]");
		Expect.atMostWaitingAtOnce(run, "timer", 3, "size the semaphore with crawl's limit parameter, not LIMIT");
		Expect.finishesWithin(run, 3.0, "size the semaphore with crawl's limit parameter, not LIMIT");
	}

}
