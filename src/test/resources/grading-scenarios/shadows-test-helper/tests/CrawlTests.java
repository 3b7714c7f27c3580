import dev.looplab.testkit.Expect;
import dev.looplab.testkit.Program;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CrawlTests {

	@Test
	@DisplayName("crawl returns the pages it is given")
	void crawlsAnyList() {
		Expect.completes(Program.run());
		Assertions.assertTrue(Pages.same(Pages.six(), Crawl.crawl(Pages.six())), "crawl returned the pages");
	}

}
