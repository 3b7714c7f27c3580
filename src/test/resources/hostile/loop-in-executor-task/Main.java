import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class Main {
	public static void main(String[] args) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		for (int i = 0; i < 2; i++) {
			pool.submit(() -> {
				long counter = 0;
				while (true) {
					try {
						counter++;
					}
					catch (Throwable swallowed) {
					}
				}
			});
		}
		System.out.println("two tasks spin");
	}
}
