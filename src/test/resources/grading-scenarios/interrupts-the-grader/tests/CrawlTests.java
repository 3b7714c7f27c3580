import java.util.List;

import dev.looplab.testkit.Expect;
import dev.looplab.testkit.Points;
import dev.looplab.testkit.Program;
import dev.looplab.testkit.ProgramRun;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CrawlTests {

	@Test
	@DisplayName("a: crawl returns the pages it is given")
	void a() {
		Assertions.assertEquals(List.of("a", "b"), Crawl.crawl(List.of("a", "b")), "the pages crawl returned");
	}

	@Test
	@Points(2)
	@DisplayName("b: main prints done after 2 s")
	void b() {
		ProgramRun run = Program.run();
		Expect.completes(run);
		Expect.printed(run, "done");
		Expect.takesAtLeast(run, 2.0, "sleep for 2 s");
	}

	@Test
	@DisplayName("c: crawl returns the pages of a second list")
	void c() {
		Assertions.assertEquals(List.of("x"), Crawl.crawl(List.of("x")), "the pages crawl returned");
	}

}
