import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class Main {
	public static void main(String[] args) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		Future<?> spin = pool.submit(() -> {
			long n = 0;
			while (n >= 0) {
				n = (n * 31 + 7) % 1_000_003;
			}
		});
		System.out.println("main waits for the task");
		spin.get();
	}
}
