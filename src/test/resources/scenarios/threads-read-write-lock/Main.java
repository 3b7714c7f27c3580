import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

// Readers share a ReentrantReadWriteLock, a writer waits until the last of them leaves; then main,
// holding the read lock, asks for the write lock, which never comes: an upgrade deadlocks.
public class Main {
	static long t0;

	static final ReadWriteLock lock = new ReentrantReadWriteLock();

	static Thread reader(int n) {
		return new Thread(() -> {
			lock.readLock().lock();
			try {
				System.out.printf("%.2f reader-%d reading%n", now(), n);
				pause(100);
			}
			finally {
				lock.readLock().unlock();
			}
		}, "reader-" + n);
	}

	public static void main(String[] args) throws Exception {
		t0 = System.nanoTime();
		List<Thread> threads = new ArrayList<>(List.of(reader(1), reader(2), new Thread(() -> {
			lock.writeLock().lock();
			try {
				System.out.printf("%.2f writer writing%n", now());
				pause(100);
			}
			finally {
				lock.writeLock().unlock();
			}
		}, "writer")));
		threads.forEach(Thread::start);
		pause(50);
		threads.add(reader(3));
		threads.getLast().start();
		for (Thread thread : threads) {
			thread.join();
		}
		lock.readLock().lock();
		System.out.printf("%.2f main reads, then asks to write%n", now());
		lock.writeLock().lock();
		System.out.println("never printed");
	}

	static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static double now() {
		return (System.nanoTime() - t0) / 1e9;
	}
}
