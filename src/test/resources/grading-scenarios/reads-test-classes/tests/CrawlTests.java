import java.util.List;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CrawlTests {

	@Test
	@DisplayName("crawl returns the pages it is given")
	void crawlsAnyList() throws Exception {
		Assertions.assertEquals(List.of("a", "b"), Crawl.crawl(List.of("a", "b")));
	}

}
