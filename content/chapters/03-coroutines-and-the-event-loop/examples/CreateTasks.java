import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.looplab.aio.Aio;
import dev.looplab.aio.Task;

/**
 * The same four fetches, each wrapped in a task first and awaited afterwards: the waits
 * overlap and the crawl takes as long as the slowest page.
 */
public class CreateTasks {

	record Page(String name, int seconds) {
	}

	static final List<Page> PAGES = List.of(new Page("page-1", 1), new Page("page-2", 2), new Page("page-3", 3),
			new Page("page-4", 4));

	static String fetch(Page page, double start) {
		System.out.printf(Locale.ROOT, "%5.2f s  start   %s%n", Aio.time() - start, page.name());
		Aio.sleep(page.seconds());
		System.out.printf(Locale.ROOT, "%5.2f s  fetched %s%n", Aio.time() - start, page.name());
		return page.name();
	}

	public static void main(String[] args) {
		Aio.run(() -> {
			double start = Aio.time();
			List<Task<String>> tasks = new ArrayList<>();
			for (Page page : PAGES) {
				// Created now, started by the loop on its next turn.
				tasks.add(Aio.createTask(page.name(), () -> fetch(page, start)));
			}
			for (Task<String> task : tasks) {
				task.await();
			}
			System.out.printf(Locale.ROOT, "%5.2f s  done: %d pages, overlapping%n", Aio.time() - start, PAGES.size());
		});
	}

}
