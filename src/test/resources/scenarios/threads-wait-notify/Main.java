import java.util.ArrayDeque;

// A producer and a consumer share a bounded buffer guarded by its monitor.
public class Main {
	static long t0;

	static class Buffer {
		private final ArrayDeque<Integer> items = new ArrayDeque<>();

		synchronized void put(int item) throws InterruptedException {
			while (this.items.size() == 2) {
				wait();
			}
			this.items.add(item);
			notifyAll();
		}

		synchronized int take() throws InterruptedException {
			while (this.items.isEmpty()) {
				wait();
			}
			int item = this.items.poll();
			notifyAll();
			return item;
		}
	}

	public static void main(String[] args) throws Exception {
		t0 = System.nanoTime();
		Buffer buffer = new Buffer();
		Thread producer = new Thread(() -> {
			try {
				for (int i = 0; i < 5; i++) {
					Thread.sleep(100);
					buffer.put(i);
					System.out.printf("%.1f put %d%n", now(), i);
				}
				buffer.put(-1);
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		}, "producer");
		Thread consumer = new Thread(() -> {
			try {
				for (int item = buffer.take(); item >= 0; item = buffer.take()) {
					System.out.printf("%.1f took %d%n", now(), item);
					Thread.sleep(220);
				}
				System.out.printf("%.1f consumer done%n", now());
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		}, "consumer");
		consumer.start();
		producer.start();
		producer.join();
		consumer.join();
		System.out.printf("elapsed %.1f%n", now());
	}

	static double now() {
		return (System.nanoTime() - t0) / 1e9;
	}
}
