import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

// Four tasks on a pool of two threads; main reads the futures in order.
public class Main {
	static long t0;

	public static void main(String[] args) throws Exception {
		t0 = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Integer>> futures = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			int task = i;
			futures.add(pool.submit(() -> {
				System.out.printf("%.1f %s starts task %d%n", now(), Thread.currentThread().getName(), task);
				Thread.sleep((task + 1) * 100);
				return task * task;
			}));
		}
		for (Future<Integer> future : futures) {
			int result = future.get();
			System.out.printf("%.1f got %d%n", now(), result);
		}
		pool.shutdown();
		boolean terminated = pool.awaitTermination(1, TimeUnit.SECONDS);
		System.out.printf("%.1f terminated %s%n", now(), terminated);
	}

	static double now() {
		return (System.nanoTime() - t0) / 1e9;
	}
}
