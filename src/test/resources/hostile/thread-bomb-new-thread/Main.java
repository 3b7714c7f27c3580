import java.util.concurrent.CountDownLatch;

// Threads are allowed (ADR 18), so this bomb runs. The limit on threads stops it long before
// 3,000: main dies of OutOfMemoryError, and the blocked threads keep the JVM until the wall
// clock's limit.
public class Main {
	public static void main(String[] args) {
		CountDownLatch never = new CountDownLatch(1);
		// Bounded so that, if it ever ran unchecked, the host would survive it.
		for (int i = 0; i < 3000; i++) {
			new Thread(() -> await(never)).start();
		}
	}

	static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
