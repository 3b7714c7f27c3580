import java.util.function.Function;

// Every way to make a thread, a static synchronized method, thread states and an interrupt.
public class Main {
	static int total;

	static long start;

	static synchronized void add(int n) {
		total += n;
	}

	static class Worker extends Thread {
		private final int n;

		Worker(int n) {
			this.n = n;
		}

		@Override
		public void run() {
			pause(this.n * 100);
			add(this.n);
			System.out.println(getName() + " added " + this.n);
		}
	}

	public static void main(String[] args) throws Exception {
		start = System.nanoTime();
		System.out.println("main begins");
		Worker worker = new Worker(3);
		worker.setName("worker-three");
		Function<Runnable, Thread> make = Thread::new;
		Thread made = make.apply(() -> addLater(1, 100));
		Thread built = Thread.ofPlatform().name("built-", 0).start(() -> addLater(2, 200));
		Thread waiter = Thread.ofVirtual().unstarted(() -> {
			Object never = new Object();
			synchronized (never) {
				try {
					never.wait();
				}
				catch (InterruptedException ex) {
					System.out.println("waiter interrupted at " + seconds());
				}
			}
		});
		System.out.println(worker.getState() + " " + waiter.getState());
		worker.start();
		made.start();
		waiter.start();
		Thread.sleep(50);
		System.out.println(waiter.getState() + " " + worker.getState());
		waiter.interrupt();
		for (Thread thread : new Thread[] { worker, made, built, waiter }) {
			thread.join();
		}
		System.out.println("total " + total + " at " + seconds() + ", " + worker.getState());
	}

	static void addLater(int n, long millis) {
		pause(millis);
		add(n);
		System.out.println(Thread.currentThread().getName() + " added " + n);
	}

	static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String seconds() {
		return String.format("%.3f", (System.nanoTime() - start) / 1e9);
	}
}
