import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

// A bounded buffer on a ReentrantLock and two Conditions, then the same with ArrayBlockingQueue,
// timed offers and polls, tryLock, and park/unpark, all in virtual time.
public class Main {
	static long t0;

	static final ReentrantLock lock = new ReentrantLock();
	static final Condition notEmpty = lock.newCondition();
	static final Condition notFull = lock.newCondition();
	static final Queue<Integer> items = new ArrayDeque<>();

	static void put(int item) throws InterruptedException {
		lock.lock();
		try {
			while (items.size() == 2) {
				notFull.await();
			}
			items.add(item);
			notEmpty.signal();
		}
		finally {
			lock.unlock();
		}
	}

	static int take() throws InterruptedException {
		lock.lock();
		try {
			while (items.isEmpty()) {
				notEmpty.await();
			}
			int item = items.remove();
			notFull.signal();
			return item;
		}
		finally {
			lock.unlock();
		}
	}

	public static void main(String[] args) throws Exception {
		t0 = System.nanoTime();
		Thread producer = new Thread(() -> {
			try {
				for (int i = 1; i <= 5; i++) {
					put(i);
					System.out.printf("%.1f put %d%n", now(), i);
				}
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		}, "producer");
		producer.start();
		for (int i = 0; i < 5; i++) {
			Thread.sleep(100);
			int item = take();
			System.out.printf("%.1f took %d%n", now(), item);
		}
		producer.join();

		lock.lock();
		try {
			boolean signalled = notEmpty.await(250, TimeUnit.MILLISECONDS);
			System.out.printf("%.2f await timed out: %b, holds %d%n", now(), !signalled, lock.getHoldCount());
		}
		finally {
			lock.unlock();
		}

		Thread holder = new Thread(() -> {
			lock.lock();
			try {
				Thread.sleep(300);
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
			finally {
				lock.unlock();
			}
		}, "holder");
		holder.start();
		Thread.sleep(10);
		boolean now = lock.tryLock();
		boolean soon = lock.tryLock(100, TimeUnit.MILLISECONDS);
		System.out.printf("%.2f tryLock %b, within 100 ms %b, locked by holder %b%n", now(), now, soon, lock.isLocked());
		boolean later = lock.tryLock(1, TimeUnit.SECONDS);
		System.out.printf("%.2f within 1 s %b%n", now(), later);
		lock.unlock();

		BlockingQueue<String> queue = new ArrayBlockingQueue<>(1);
		BlockingQueue<String> replies = new LinkedBlockingQueue<>();
		Thread echo = new Thread(() -> {
			try {
				for (String word = queue.take(); !word.equals("STOP"); word = queue.take()) {
					Thread.sleep(50);
					replies.put(word.toUpperCase());
				}
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		}, "echo");
		echo.start();
		queue.put("a");
		queue.put("b");
		boolean offered = queue.offer("c", 10, TimeUnit.MILLISECONDS);
		System.out.printf("%.2f offer c in 10 ms: %b%n", now(), offered);
		queue.put("STOP");
		String first = replies.take();
		String second = replies.poll(1, TimeUnit.SECONDS);
		String third = replies.poll(200, TimeUnit.MILLISECONDS);
		System.out.printf("%.2f replies %s %s %s%n", now(), first, second, third);

		Thread parked = new Thread(() -> {
			java.util.concurrent.locks.LockSupport.park();
			System.out.printf("%.2f unparked%n", now());
		}, "parked");
		parked.start();
		Thread.sleep(100);
		java.util.concurrent.locks.LockSupport.unpark(parked);
		parked.join();
		System.out.printf("elapsed %.2f%n", now());
	}

	static double now() {
		return (System.nanoTime() - t0) / 1e9;
	}
}
