import java.util.ArrayList;
import java.util.List;

import dev.looplab.aio.Aio;
import dev.looplab.aio.Held;
import dev.looplab.aio.Semaphore;
import dev.looplab.aio.Task;

/**
 * Fetches ten pages with overlapping tasks; a semaphore keeps the connections open at once
 * within the server's limit.
 */
public class PoliteCrawl {

	/** A page and how long its server takes to answer, in seconds. */
	record Page(String name, double seconds) {
	}

	/** How many connections the server allows each client. */
	static final int LIMIT = 2;

	static List<Page> tenPages() {
		List<Page> pages = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			pages.add(new Page("page-" + i, 1));
		}
		return pages;
	}

	/** Stands in for a network request: suspends as long as the page's server takes. */
	static String fetch(Page page) {
		System.out.println("start " + page.name());
		Aio.sleep(page.seconds());
		System.out.println("fetched " + page.name());
		return page.name();
	}

	/**
	 * Fetches every page, with at most {@code limit} fetches at a time, and returns their
	 * names in the order of the list.
	 */
	static List<String> crawl(List<Page> pages, int limit) {
		Semaphore places = new Semaphore(limit);
		List<Task<String>> tasks = new ArrayList<>();
		for (Page page : pages) {
			tasks.add(Aio.createTask(page.name(), () -> {
				try (Held place = places.hold()) {
					return fetch(page);
				}
			}));
		}
		List<String> fetched = new ArrayList<>();
		for (Task<String> task : tasks) {
			fetched.add(task.await());
		}
		return fetched;
	}

	public static void main(String[] args) {
		Aio.run(() -> {
			List<String> fetched = crawl(tenPages(), LIMIT);
			System.out.println("done: " + fetched);
		});
	}

}
