import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

// A starting gun and a finish line (CountDownLatch), at most two at a time (Semaphore), and
// rounds that wait for everyone (CyclicBarrier), in virtual time.
public class Main {
	static long t0;

	public static void main(String[] args) throws Exception {
		t0 = System.nanoTime();
		CountDownLatch start = new CountDownLatch(1);
		CountDownLatch finished = new CountDownLatch(4);
		Semaphore twoAtATime = new Semaphore(2);
		List<Thread> threads = new ArrayList<>();
		for (int i = 1; i <= 4; i++) {
			int n = i;
			threads.add(new Thread(() -> {
				try {
					start.await();
					twoAtATime.acquire();
					try {
						System.out.printf("%.1f worker-%d in%n", now(), n);
						Thread.sleep(100 * n);
					}
					finally {
						twoAtATime.release();
					}
					finished.countDown();
				}
				catch (InterruptedException ex) {
					throw new IllegalStateException(ex);
				}
			}, "worker-" + i));
		}
		threads.forEach(Thread::start);
		Thread.sleep(100);
		System.out.printf("%.1f go (%d waiting on the latch)%n", now(), finished.getCount());
		start.countDown();
		boolean early = finished.await(200, TimeUnit.MILLISECONDS);
		System.out.printf("%.1f all finished: %b, count %d%n", now(), early, finished.getCount());
		finished.await();
		System.out.printf("%.1f all finished, permits %d%n", now(), twoAtATime.availablePermits());

		CyclicBarrier round = new CyclicBarrier(3, () -> System.out.printf("%.1f round over%n", now()));
		for (int i = 1; i <= 2; i++) {
			int n = i;
			new Thread(() -> {
				try {
					for (int r = 1; r <= 2; r++) {
						Thread.sleep(100 * n);
						int index = round.await();
						System.out.printf("%.1f party-%d through round %d (arrival index %d)%n", now(), n, r, index);
					}
				}
				catch (InterruptedException | BrokenBarrierException ex) {
					throw new IllegalStateException(ex);
				}
			}, "party-" + i).start();
		}
		for (int r = 1; r <= 2; r++) {
			Thread.sleep(50);
			round.await();
		}
		Thread.sleep(10);
		CyclicBarrier pair = new CyclicBarrier(2);
		try {
			pair.await(100, TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			System.out.printf("%.1f barrier timed out, broken %b%n", now(), pair.isBroken());
		}
		System.out.printf("elapsed %.1f%n", now());
	}

	static double now() {
		return (System.nanoTime() - t0) / 1e9;
	}
}
