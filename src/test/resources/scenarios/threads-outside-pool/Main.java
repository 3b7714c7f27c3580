import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

// A pool's worker runs outside the thread scheduler; main waiting for its notify is no
// deadlock.
public class Main {
	static boolean done;

	public static void main(String[] args) throws Exception {
		Object lock = new Object();
		ExecutorService pool = Executors.newFixedThreadPool(1);
		pool.submit(() -> {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				return;
			}
			synchronized (lock) {
				done = true;
				lock.notifyAll();
			}
		});
		synchronized (lock) {
			while (!done) {
				lock.wait();
			}
		}
		System.out.println("main saw the worker's notify");
		pool.shutdown();
	}
}
