import java.util.List;
import java.util.Locale;

import dev.looplab.aio.Aio;

/**
 * The crawler as coroutines, awaited one at a time: each fetch suspends instead of
 * blocking, but the next one only starts when the previous one is done.
 */
public class AwaitOneByOne {

	record Page(String name, int seconds) {
	}

	static final List<Page> PAGES = List.of(new Page("page-1", 1), new Page("page-2", 2), new Page("page-3", 3),
			new Page("page-4", 4));

	/** A coroutine: calling it runs it to the end, suspending while it "waits for the network". */
	static String fetch(Page page, double start) {
		System.out.printf(Locale.ROOT, "%5.2f s  start   %s%n", Aio.time() - start, page.name());
		Aio.sleep(page.seconds());
		System.out.printf(Locale.ROOT, "%5.2f s  fetched %s%n", Aio.time() - start, page.name());
		return page.name();
	}

	public static void main(String[] args) {
		Aio.run(() -> {
			double start = Aio.time();
			for (Page page : PAGES) {
				fetch(page, start);
			}
			System.out.printf(Locale.ROOT, "%5.2f s  done: %d pages, one after another%n", Aio.time() - start, PAGES.size());
		});
	}

}
