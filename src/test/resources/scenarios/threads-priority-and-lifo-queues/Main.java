import java.util.concurrent.BlockingDeque;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

// queue.PriorityQueue and queue.LifoQueue in Java: a PriorityBlockingQueue worker takes the most
// urgent job first, a bounded LinkedBlockingDeque used as a stack blocks a pusher while full.
public class Main {
	static long t0;

	record Job(int priority, String name) implements Comparable<Job> {
		public int compareTo(Job other) {
			return Integer.compare(this.priority, other.priority);
		}
	}

	public static void main(String[] args) throws Exception {
		t0 = System.nanoTime();
		BlockingQueue<Job> jobs = new PriorityBlockingQueue<>();
		LongAdder done = new LongAdder();
		Thread worker = new Thread(() -> {
			try {
				Job first = jobs.poll(20, TimeUnit.MILLISECONDS);
				System.out.printf("%.2f nothing yet: %s%n", now(), first);
				for (Job job = jobs.take(); !job.name().equals("end"); job = jobs.take()) {
					System.out.printf("%.2f doing %s (priority %d)%n", now(), job.name(), job.priority());
					Thread.sleep(100);
					done.increment();
				}
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		}, "worker");
		worker.start();
		Thread.sleep(40);
		jobs.put(new Job(3, "report"));
		jobs.put(new Job(1, "outage"));
		jobs.put(new Job(2, "review"));
		Thread.sleep(30);
		jobs.put(new Job(0, "fire"));
		jobs.put(new Job(9, "end"));
		jobs.put(new Job(10, "never"));
		worker.join();
		System.out.printf("%.2f %d jobs done, %d left%n", now(), done.sum(), jobs.size());

		BlockingDeque<String> stack = new LinkedBlockingDeque<>(2);
		Thread popper = new Thread(() -> {
			try {
				for (int i = 0; i < 3; i++) {
					Thread.sleep(100);
					System.out.printf("%.2f popped %s%n", now(), stack.takeFirst());
				}
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		}, "popper");
		popper.start();
		for (String plate : new String[] { "a", "b", "c" }) {
			stack.putFirst(plate);
			System.out.printf("%.2f pushed %s%n", now(), plate);
		}
		boolean room = stack.offerFirst("d", 50, TimeUnit.MILLISECONDS);
		System.out.printf("%.2f room for d: %b%n", now(), room);
		popper.join();
		System.out.printf("elapsed %.2f%n", now());
	}

	static double now() {
		return (System.nanoTime() - t0) / 1e9;
	}
}
