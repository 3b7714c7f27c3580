import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;

// A latch counted down once too few, and a semaphore nobody releases.
public class Main {
	public static void main(String[] args) throws Exception {
		CountDownLatch ready = new CountDownLatch(3);
		Semaphore permits = new Semaphore(1);
		for (int i = 1; i <= 2; i++) {
			new Thread(() -> {
				try {
					permits.acquire();
					Thread.sleep(100);
					ready.countDown();
				}
				catch (InterruptedException ex) {
					throw new IllegalStateException(ex);
				}
			}, "worker-" + i).start();
		}
		ready.await();
		System.out.println("never printed");
	}
}
