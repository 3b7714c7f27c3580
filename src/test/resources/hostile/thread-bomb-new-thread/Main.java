import java.util.concurrent.CountDownLatch;

public class Main {
	public static void main(String[] args) {
		CountDownLatch never = new CountDownLatch(1);
		// Bounded so that, if it ever ran unchecked, the host would survive it.
		for (int i = 0; i < 3000; i++) {
			new Thread(() -> await(never)).start(); // forbidden
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
