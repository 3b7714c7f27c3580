import java.util.ArrayList;
import java.util.List;

import dev.looplab.aio.Aio;
import dev.looplab.aio.CancelledError;
import dev.looplab.aio.Task;

public class Shop {

	static void fetch(String page) {
		System.out.println("fetching " + page);
		Aio.sleep(1.0);
		System.out.println("fetched " + page);
	}

	/** One page after the other: 4 s for four pages. */
	public static void crawl(List<String> pages) throws Exception {
		for (String page : pages) {
			Aio.createTask("fetch " + page, () -> fetch(page)).await();
		}
	}

	/** Every page at once, ignoring the limit of two. */
	public static void limited(List<String> pages) throws Exception {
		List<Task<Object>> tasks = new ArrayList<>();
		for (String page : pages) {
			tasks.add(Aio.createTask("fetch " + page, () -> fetch(page)));
		}
		for (Task<Object> task : tasks) {
			task.await();
		}
	}

	/** Sleeps the blocking way inside a task. */
	public static void tick() throws Exception {
		Aio.createTask("ticker", () -> {
			Thread.sleep(500);
			System.out.println("tick");
		}).await();
	}

	static void worker() {
		try {
			Aio.sleep(10);
		}
		catch (CancelledError ex) {
			System.out.println("ignoring cancel");
		}
		System.out.println("worker still going");
	}

	public static void cancelOne() throws Exception {
		Task<Object> task = Aio.createTask("worker", Shop::worker);
		Aio.sleep(1);
		task.cancel();
		task.await();
	}

	public static int parse(String text) {
		return Integer.parseInt(text);
	}

	public static void main(String[] args) {
		Aio.run(() -> {
			System.out.println("second");
			System.out.println("first");
		});
	}

}
