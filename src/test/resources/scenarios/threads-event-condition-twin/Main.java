import java.util.ArrayList;
import java.util.List;

// The Java twin of the conformance program threads/t03_event_condition.py, with the
// threading.Event and Condition written on an object's monitor: many wait until one sets
// the event; a consumer waits for a predicate.
public class Main {
	static long t0;

	static final List<Integer> items = new ArrayList<>();

	static final Object cond = new Object();

	static class Event {
		private boolean set;

		synchronized void set() {
			this.set = true;
			notifyAll();
		}

		synchronized void await() throws InterruptedException {
			while (!this.set) {
				wait();
			}
		}
	}

	static final Event ready = new Event();

	static void waiter(String name, double delay) {
		try {
			ready.await();
			Thread.sleep(Math.round(delay * 1000));
		}
		catch (InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
		System.out.printf("%.1f %s released%n", now(), name);
	}

	static void consumer() {
		synchronized (cond) {
			try {
				while (items.size() < 3) {
					cond.wait();
				}
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
			System.out.printf("%.1f consumer sees %s%n", now(), items);
		}
	}

	static void producer() {
		for (int i = 0; i < 3; i++) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
			synchronized (cond) {
				items.add(i);
				cond.notifyAll();
			}
		}
	}

	public static void main(String[] args) throws Exception {
		t0 = System.nanoTime();
		List<Thread> ws = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			String name = "w" + i;
			double delay = 0.02 * i;
			ws.add(new Thread(() -> waiter(name, delay)));
		}
		for (Thread w : ws) {
			w.start();
		}
		Thread.sleep(200);
		System.out.printf("%.1f setting the event%n", now());
		ready.set();
		for (Thread w : ws) {
			w.join();
		}
		Thread c = new Thread(Main::consumer);
		Thread p = new Thread(Main::producer);
		c.start();
		p.start();
		c.join();
		p.join();
		System.out.printf("elapsed %.1f%n", now());
	}

	static double now() {
		return (System.nanoTime() - t0) / 1e9;
	}
}
