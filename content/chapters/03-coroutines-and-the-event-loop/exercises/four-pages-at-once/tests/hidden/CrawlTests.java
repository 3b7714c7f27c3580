import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.looplab.testkit.Expect;
import dev.looplab.testkit.Points;
import dev.looplab.testkit.Program;
import dev.looplab.testkit.ProgramRun;

class CrawlTests {

	@Test
	@DisplayName("fetches all four pages and prints them in list order")
	@Points(1)
	void fetchesEveryPage() {
		ProgramRun run = Program.run();
		Expect.completes(run);
		Expect.printed(run, "done: [page-1, page-2, page-3, page-4]");
		Expect.waitedAtLeast(run, "timer", 4, "each fetch waits for its page with Aio.sleep; keep fetch as it is");
	}

	@Test
	@DisplayName("the crawl takes 4 s of loop time, as long as its slowest page")
	@Points(2)
	void takesAsLongAsTheSlowestPage() {
		ProgramRun run = Program.run();
		Expect.completes(run);
		Expect.takesAtLeast(run, 4.0, "the slowest page takes 4 s, so the crawl cannot be faster: keep fetch as it is");
		Expect.finishesWithin(run, 4.0,
				"create a task for every page first and await them afterwards; a fetch called or awaited straight"
						+ " away holds up the next one");
	}

	@Test
	@DisplayName("the four fetches wait at the same time")
	@Points(1)
	void theFetchesOverlap() {
		ProgramRun run = Program.run();
		Expect.atLeastTasksAtOnce(run, "page-", 4,
				"name each task after its page, Aio.createTask(page.name(), () -> fetch(page)), and create all of"
						+ " them before the first await");
	}

	@Test
	@DisplayName("six other pages take as long as the slowest of them")
	@Points(1)
	void worksForAnyListOfPages() {
		ProgramRun run = Program.record("crawl of six other pages", () -> {
			List<String> fetched = Crawl.crawl(List.of(new Crawl.Page("a", 2), new Crawl.Page("b", 0.5),
					new Crawl.Page("c", 5), new Crawl.Page("d", 1), new Crawl.Page("e", 3), new Crawl.Page("f", 2)));
			System.out.println("crawl returned " + fetched);
		});
		Expect.completes(run);
		Expect.printed(run, "crawl returned [a, b, c, d, e, f]");
		Expect.finishesWithin(run, 5.0,
				"crawl must overlap the fetches of any list it is given, not only of the four pages in main");
	}

}
