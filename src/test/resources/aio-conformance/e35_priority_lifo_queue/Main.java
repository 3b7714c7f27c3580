import dev.looplab.aio.Aio;
import dev.looplab.aio.LifoQueue;
import dev.looplab.aio.PriorityQueue;
import dev.looplab.aio.QueueFull;
import dev.looplab.aio.Task;

import java.util.Comparator;

public class Main {

	// Python's (priority, name) tuple, compared the same way.
	record Job(int priority, String name) {
	}

	static void amain() {
		PriorityQueue<Job> pq = new PriorityQueue<>(0,
				Comparator.comparingInt(Job::priority).thenComparing(Job::name));
		for (Job job : new Job[] { new Job(3, "low"), new Job(1, "urgent"), new Job(2, "normal"),
				new Job(1, "also urgent") }) {
			pq.putNowait(job);
		}
		while (!pq.empty()) {
			Job job = pq.get();
			System.out.println("priority " + job.priority() + ": " + job.name());
		}
		LifoQueue<String> lq = new LifoQueue<>(2);
		lq.put("first");
		lq.put("second");
		Task<Object> t = Aio.createTask(() -> {
			System.out.println("late put waits");
			lq.put("third");
			System.out.println("late put done");
		});
		Aio.sleep(0.5);
		System.out.println("got " + lq.get());
		Aio.sleep(0);
		System.out.println("full again: " + (lq.full() ? "True" : "False"));
		String a = lq.get();
		String b = lq.get();
		System.out.println("got " + a + " then " + b);
		t.await();
		try {
			lq.putNowait("x");
			lq.putNowait("y");
			lq.putNowait("z");
		}
		catch (QueueFull e) {
			System.out.println("QueueFull at size " + lq.qsize());
		}
	}

	public static void main(String[] args) {
		double t0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - t0);
	}

}
