// The Java twin of the conformance program threads/t01_thread_start_join.py: threads start,
// run at once while they wait, and join in any order.
public class Main {
	static long t0;

	static double now() {
		return (System.nanoTime() - t0) / 1e9;
	}

	static void worker(String name, double seconds) {
		System.out.printf("%.1f %s starts%n", now(), name);
		sleep(Math.round(seconds * 1000));
		System.out.printf("%.1f %s ends%n", now(), name);
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static void main(String[] args) throws Exception {
		t0 = System.nanoTime();
		Thread a = new Thread(() -> worker("a", 0.3));
		Thread b = new Thread(() -> worker("b", 0.1));
		a.start();
		sleep(100);
		b.start();
		sleep(20);
		System.out.printf("%.1f main joins a%n", now());
		a.join();
		String alive = b.isAlive() ? "True" : "False";
		System.out.printf("%.1f main joined a; b alive: %s%n", now(), alive);
		b.join();
		System.out.printf("elapsed %.1f%n", now());
	}
}
