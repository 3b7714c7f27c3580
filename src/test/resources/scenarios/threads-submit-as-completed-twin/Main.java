import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

// The Java twin of the conformance program threads/f01_submit_as_completed.py: five downloads on
// three workers, handled as they complete (as_completed becomes an ExecutorCompletionService).
public class Main {
	static long t0;

	static String download(String name, double seconds) throws InterruptedException {
		Thread.sleep((long) (seconds * 1000));
		return name + " (" + seconds + " s)";
	}

	public static void main(String[] args) throws Exception {
		t0 = System.nanoTime();
		String[] names = { "a", "b", "c", "d", "e" };
		double[] seconds = { 0.5, 0.1, 0.4, 0.2, 0.4 };
		try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
			CompletionService<String> done = new ExecutorCompletionService<>(pool);
			for (int i = 0; i < names.length; i++) {
				String name = names[i];
				double s = seconds[i];
				done.submit(() -> download(name, s));
			}
			for (int i = 0; i < names.length; i++) {
				Future<String> f = done.take();
				String result = f.get();
				System.out.printf("%.1f done %s%n", now(), result);
			}
		}
		System.out.printf("elapsed %.1f%n", now());
	}

	static double now() {
		return (System.nanoTime() - t0) / 1e9;
	}
}
