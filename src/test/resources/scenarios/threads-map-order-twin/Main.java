import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

// The Java twin of the conformance program threads/f02_map_order.py: executor.map (a list of
// futures read in order) returns results in input order, not completion order.
public class Main {
	static long t0;

	static int slowSquare(int x) throws InterruptedException {
		Thread.sleep(100 * (5 - x));
		System.out.printf("%.1f computed %d%n", now(), x);
		return x * x;
	}

	public static void main(String[] args) throws Exception {
		t0 = System.nanoTime();
		try (ExecutorService pool = Executors.newFixedThreadPool(5)) {
			List<Future<Integer>> results = new ArrayList<>();
			for (int x : new int[] { 1, 2, 3, 4 }) {
				results.add(pool.submit(() -> slowSquare(x)));
			}
			for (Future<Integer> result : results) {
				int r = result.get();
				System.out.printf("%.1f got %d%n", now(), r);
			}
		}
		System.out.printf("elapsed %.1f%n", now());
	}

	static double now() {
		return (System.nanoTime() - t0) / 1e9;
	}
}
