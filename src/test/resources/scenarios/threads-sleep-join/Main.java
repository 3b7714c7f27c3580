public class Main {
	static long start;

	public static void main(String[] args) throws Exception {
		start = System.nanoTime();
		Thread fast = new Thread(() -> work(1000));
		Thread slow = new Thread(() -> work(2000));
		fast.start();
		slow.start();
		fast.join();
		System.out.printf("%.3f main joined %s%n", elapsed(), fast.getName());
		slow.join();
		System.out.printf("%.3f main joined %s%n", elapsed(), slow.getName());
		System.out.printf("elapsed %.3f s%n", elapsed());
	}

	static void work(long millis) {
		String me = Thread.currentThread().getName();
		System.out.printf("%.3f %s sleeps %d ms%n", elapsed(), me, millis);
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
		System.out.printf("%.3f %s wakes%n", elapsed(), me);
	}

	static double elapsed() {
		return (System.nanoTime() - start) / 1e9;
	}
}
