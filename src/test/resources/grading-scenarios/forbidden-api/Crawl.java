import java.util.ArrayList;
import java.util.List;

import dev.looplab.aio.Aio;
import dev.looplab.aio.Task;

public class Crawl {

	static String fetch(String page) {
		System.out.println("fetching " + page);
		Aio.sleep(1.0);
		System.out.println("fetched " + page);
		return page.toUpperCase();
	}

	public static List<String> crawl(List<String> pages) throws Exception {
		List<Task<String>> tasks = new ArrayList<>();
		for (String page : pages) {
			tasks.add(Aio.createTask("fetch " + page, () -> fetch(page)));
		}
		List<String> bodies = new ArrayList<>();
		for (Task<String> task : tasks) {
			bodies.add(task.await());
		}
		return bodies;
	}

	public static void main(String[] args) {
		Aio.run(() -> System.out.println("got " + crawl(List.of("a", "b", "c", "d"))));
		System.out.println(new java.io.File("x").exists());
	}

}
