import java.util.List;

import dev.looplab.testkit.Expect;
import dev.looplab.testkit.Program;
import dev.looplab.testkit.ProgramRun;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CrawlTests {

	@Test
	@DisplayName("crawl returns the pages it is given")
	void crawlsAnyList() {
		ProgramRun run = Program.record("a crawl",
				() -> System.out.println("crawl returned " + Crawl.crawl(List.of("a", "b"))));
		Expect.completes(run);
		Expect.printed(run, "crawl returned [a, b]");
	}

}
