import java.util.concurrent.CountDownLatch;

// Threads are allowed (ADR 18), so this bomb runs. The limit on threads stops it long before
// 3,000: main dies of OutOfMemoryError, and the blocked daemon threads do not keep the JVM.
public class Main {
	public static void main(String[] args) {
		CountDownLatch never = new CountDownLatch(1);
		for (int i = 0; i < 3000; i++) {
			Thread.ofPlatform().daemon().start(() -> await(never));
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
