import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

// invokeAny, invokeAll, a virtual thread per task and a work-stealing pool, in virtual time.
public class Main {
	static long t0;

	static Callable<String> job(String name, long millis, boolean fails) {
		return () -> {
			try {
				Thread.sleep(millis);
			}
			catch (InterruptedException ex) {
				System.out.printf("%.2f %s cancelled%n", now(), name);
				throw ex;
			}
			if (fails) {
				throw new IllegalStateException(name + " failed");
			}
			return name;
		};
	}

	public static void main(String[] args) throws Exception {
		t0 = System.nanoTime();
		try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
			String first = pool.invokeAny(List.of(job("slow", 300, false), job("broken", 50, true), job("quick", 100, false)));
			System.out.printf("%.2f invokeAny gave %s%n", now(), first);
			try {
				pool.invokeAny(List.of(job("bad-1", 50, true), job("bad-2", 70, true)));
			}
			catch (ExecutionException ex) {
				System.out.printf("%.2f all failed, last: %s%n", now(), ex.getCause().getMessage());
			}
			try {
				pool.invokeAny(List.of(job("late", 500, false)), 100, TimeUnit.MILLISECONDS);
			}
			catch (TimeoutException ex) {
				System.out.printf("%.2f invokeAny timed out%n", now());
			}
		}
		try (ExecutorService virtual = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Callable<String>> tasks = new ArrayList<>();
			for (int i = 1; i <= 20; i++) {
				tasks.add(job("v" + i, 1000, false));
			}
			List<Future<String>> all = virtual.invokeAll(tasks);
			System.out.printf("%.2f %d virtual tasks, last %s, name '%s'%n", now(), all.size(), all.getLast().get(),
					virtual.submit(() -> Thread.currentThread().getName()).get());
		}
		try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
			List<Future<String>> within = pool.invokeAll(
					List.of(job("t1", 80, false), job("t2", 160, false), job("t3", 240, false)), 200,
					TimeUnit.MILLISECONDS);
			List<String> states = within.stream().map((f) -> f.isCancelled() ? "cancelled" : f.resultNow()).toList();
			System.out.printf("%.2f invokeAll within 200 ms: %s%n", now(), states);
		}
		try (ExecutorService stealing = Executors.newWorkStealingPool(2)) {
			Future<String> x = stealing.submit(() -> Thread.currentThread().getName());
			Future<String> y = stealing.submit(() -> Thread.currentThread().getName());
			System.out.printf("%.2f %s %s%n", now(), x.get(), y.get());
		}
		System.out.printf("elapsed %.2f%n", now());
	}

	static double now() {
		return (System.nanoTime() - t0) / 1e9;
	}
}
