import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.looplab.aio.Aio;

// Hostile: interrupts the thread that runs the tests, from main, from the method a test calls
// and from a thread of its own while the grader waits for it.
public class Crawl {

	static List<String> crawl(List<String> pages) {
		Thread grader = Thread.currentThread();
		grader.interrupt();
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			pool.submit(() -> {
				for (int i = 0; i < 200; i++) {
					grader.interrupt();
					Thread.yield();
				}
			});
		}
		grader.interrupt();
		return new ArrayList<>(pages.subList(1, pages.size()));
	}

	public static void main(String[] args) {
		Thread.currentThread().interrupt();
		Aio.run(() -> {
			Aio.sleep(1);
			System.out.println("done");
		});
		Thread.currentThread().interrupt();
	}

}
