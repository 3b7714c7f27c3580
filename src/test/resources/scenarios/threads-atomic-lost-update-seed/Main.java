import java.util.concurrent.atomic.AtomicInteger;

// Two threads add 1 to shared counters ten times each. A get and a set with another thread's
// turn between them lose updates, even on an AtomicInteger; incrementAndGet does not.
public class Main {
	static final AtomicInteger split = new AtomicInteger();
	static final AtomicInteger atomic = new AtomicInteger();

	public static void main(String[] args) throws Exception {
		Thread a = new Thread(Main::count);
		Thread b = new Thread(Main::count);
		a.start();
		b.start();
		a.join();
		b.join();
		System.out.println("get then set " + split.get() + " of 20");
		System.out.println("incrementAndGet " + atomic.get() + " of 20");
	}

	static void count() {
		for (int i = 0; i < 10; i++) {
			int seen = split.get();
			Thread.yield();
			split.set(seen + 1);
			Thread.yield();
			atomic.incrementAndGet();
		}
	}
}
