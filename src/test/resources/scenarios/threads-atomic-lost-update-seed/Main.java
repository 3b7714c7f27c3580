import java.util.concurrent.atomic.AtomicInteger;

// Two threads add 1 to shared counters ten times each. Under a seed every use of an atomic is a
// scheduling point: a get and then a set lose updates, even on an AtomicInteger; incrementAndGet
// does not.
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
			split.set(split.get() + 1);
			atomic.incrementAndGet();
		}
	}
}
