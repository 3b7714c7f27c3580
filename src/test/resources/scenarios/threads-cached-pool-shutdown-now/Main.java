import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

// A cached pool starts a thread per task while none is idle, then reuses the idle ones;
// shutdownNow interrupts a task that sleeps. A spinning thread lets the others run.
public class Main {
	static long t0;

	static volatile boolean flag;

	public static void main(String[] args) throws Exception {
		t0 = System.nanoTime();
		ExecutorService pool = Executors.newCachedThreadPool();
		List<Future<String>> first = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			first.add(pool.submit(() -> {
				Thread.sleep(100);
				return Thread.currentThread().getName();
			}));
		}
		for (Future<String> name : first) {
			System.out.println("first round on " + name.get());
		}
		System.out.println("again on " + pool.submit(() -> Thread.currentThread().getName()).get());
		Future<String> sleeper = pool.submit(() -> {
			try {
				Thread.sleep(10_000);
				return "slept";
			}
			catch (InterruptedException ex) {
				return "interrupted at " + now();
			}
		});
		Future<?> spinner = pool.submit(() -> {
			while (!flag) {
				Thread.onSpinWait();
			}
			System.out.println("the spinner saw the flag at " + now());
		});
		Thread.sleep(100);
		flag = true;
		spinner.get();
		List<Runnable> never = pool.shutdownNow();
		System.out.println(sleeper.get() + ", " + never.size() + " never ran");
		System.out.println("terminated " + pool.awaitTermination(1, TimeUnit.SECONDS) + " at " + now());
	}

	static String now() {
		return String.format("%.1f", (System.nanoTime() - t0) / 1e9);
	}
}
