import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

// The Java twin of the conformance program threads/f06_pool_size_sweep.py: fifteen I/O-bound
// downloads on pools of 1, 5, 15 and 50 threads.
public class Main {
	static int download(int i) throws InterruptedException {
		Thread.sleep(200);
		return i;
	}

	public static void main(String[] args) throws Exception {
		for (int workers : new int[] { 1, 5, 15, 50 }) {
			long t0 = System.nanoTime();
			List<Integer> results = new ArrayList<>();
			try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
				List<Future<Integer>> pages = new ArrayList<>();
				for (int i = 0; i < 15; i++) {
					int page = i;
					pages.add(pool.submit(() -> download(page)));
				}
				for (Future<Integer> page : pages) {
					results.add(page.get());
				}
			}
			System.out.printf("workers %2d: %d pages in %.1f s%n", workers, results.size(),
					(System.nanoTime() - t0) / 1e9);
		}
	}
}
