import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

// Two threads take the same two ReentrantLocks in opposite orders.
public class Main {
	static final Lock left = new ReentrantLock();
	static final Lock right = new ReentrantLock();

	public static void main(String[] args) throws Exception {
		Thread other = new Thread(() -> {
			right.lock();
			try {
				pause();
				left.lock();
				System.out.println("other has both");
				left.unlock();
			}
			finally {
				right.unlock();
			}
		}, "worker-1");
		other.start();
		left.lock();
		try {
			pause();
			right.lock();
			System.out.println("main has both");
			right.unlock();
		}
		finally {
			left.unlock();
		}
		other.join();
	}

	static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
