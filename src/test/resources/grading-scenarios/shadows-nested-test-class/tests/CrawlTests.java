import java.util.List;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CrawlTests {

	@Test
	@DisplayName("crawl returns the pages it is given")
	void crawlsAnyList() {
		List<String> pages = List.of("a", "b");
		Assertions.assertTrue(Check.same(pages, Crawl.crawl(pages)), "crawl returned the pages");
	}

	static class Check {

		static boolean same(List<String> expected, List<String> actual) {
			return expected.equals(actual);
		}

	}

}
