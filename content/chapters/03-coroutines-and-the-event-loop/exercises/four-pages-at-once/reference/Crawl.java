import java.util.ArrayList;
import java.util.List;

import dev.looplab.aio.Aio;
import dev.looplab.aio.Task;

/**
 * Fetches a list of pages: every fetch becomes a task before any is awaited, so their
 * waits overlap.
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
		List<Task<String>> tasks = new ArrayList<>();
		for (Page page : pages) {
			tasks.add(Aio.createTask(page.name(), () -> fetch(page)));
		}
		List<String> fetched = new ArrayList<>();
		for (Task<String> task : tasks) {
			fetched.add(task.await());
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
