import java.util.List;

import dev.looplab.testkit.Expect;
import dev.looplab.testkit.Program;
import dev.looplab.testkit.ProgramRun;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CrawlTests {

	@Test
	@DisplayName("a: crawl returns a list")
	void secretlyNamedA() {
		List<String> secretLocal = Crawl.crawl(List.of("a"));
		System.out.println(secretLocal.size());
	}

	@Test
	@DisplayName("b: the crawl of one page")
	void secretlyNamedB() {
		ProgramRun run = Program.record("one page", () -> {
			List<String> secretLocal = Crawl.crawl(List.of("a"));
			System.out.println(secretLocal.get(3));
		});
		Expect.completes(run);
	}

	@Test
	@DisplayName("c: each visits every page")
	void secretlyNamedC() {
		ProgramRun run = Program.record("visits", () -> Crawl.each(List.of("a"), (page) -> secretHelper(page)));
		Expect.completes(run);
	}

	private static void secretHelper(String page) {
		throw new IllegalStateException("visited " + page);
	}

}
