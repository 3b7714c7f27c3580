import java.util.ArrayList;
import java.util.List;

import dev.looplab.aio.Aio;

/**
 * Fetches a list of pages. Each fetch suspends while it waits for the network, but the
 * next one only starts when the previous one is done.
 */
public class Crawl {

	/** A page and how long its server takes to answer, in seconds. */
	record Page(String name, double seconds) {
	}

	static final List<Page> PAGES = List.of(new Page("page-1", 1), new Page("page-2", 2), new Page("page-3", 3),
			new Page("page-4", 4));

	/** Stands in for a network request: suspends as long as the page's server takes. */
	static String fetch(Page page) {
		System.out.println("start " + page.name());
		Aio.sleep(page.seconds());
		System.out.println("fetched " + page.name());
		return page.name();
	}

	/** Fetches every page and returns their names in the order of the list. */
	static List<String> crawl(List<Page> pages) {
		List<String> fetched = new ArrayList<>();
		for (Page page : pages) {
			fetched.add(fetch(page)); // runs this fetch to the end before the next one starts
		}
		return fetched;
	}

	public static void main(String[] args) {
		Aio.run(() -> {
			List<String> fetched = crawl(PAGES);
			System.out.println("done: " + fetched);
		});
	}

}
