// Executors are allowed, so this bomb runs. Every task blocks for good, so the program can
// never end: TIME_LIMIT (by the wall clock, as blocked threads use no CPU). What must
// stop it earlier is the limit on threads: creating one more fails long before 3,000.
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class Main {
	public static void main(String[] args) throws InterruptedException {
		CountDownLatch never = new CountDownLatch(1);
		ExecutorService pool = Executors.newCachedThreadPool();
		int started = 0;
		try {
			for (; started < 3000; started++) {
				pool.submit(() -> {
					never.await();
					return null;
				});
			}
			System.out.println("all 3000 tasks got a thread of their own");
		}
		catch (Throwable limit) {
			System.out.println("thread limit reached after " + started + " tasks");
		}
		never.await();
	}
}
