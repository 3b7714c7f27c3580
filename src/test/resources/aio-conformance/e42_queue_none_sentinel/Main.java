import dev.looplab.aio.Aio;
import dev.looplab.aio.Queue;

import java.util.List;

public class Main {

	static Object producer(Queue<Integer> q, int n, int consumers) {
		for (int i = 0; i < n; i++) {
			q.put(i);
			Aio.sleep(0.1);
		}
		for (int c = 0; c < consumers; c++) {
			q.put(null); // Python's None sentinel
		}
		return null;
	}

	static Object consumer(String name, Queue<Integer> q) {
		int total = 0;
		while (true) {
			Integer item = q.get();
			if (item == null) {
				System.out.println(name + " stops with total " + total);
				return total;
			}
			total += item;
			System.out.println(name + " took " + item);
		}
	}

	static void amain() {
		Queue<Integer> q = new Queue<>(1);
		List<Object> results = Aio.gather(() -> producer(q, 5, 2), () -> consumer("x", q), () -> consumer("y", q))
			.await();
		System.out.println("totals " + results.subList(1, 3));
	}

	public static void main(String[] args) {
		double t0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - t0);
	}

}
