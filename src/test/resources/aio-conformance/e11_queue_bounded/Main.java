import dev.looplab.aio.Aio;
import dev.looplab.aio.Queue;
import dev.looplab.aio.Task;

import java.util.List;

public class Main {

	static void producer(String name, Queue<String> q, int n) {
		for (int i = 0; i < n; i++) {
			String item = name + i;
			q.put(item);
			System.out.println("put " + item + " (size " + q.qsize() + ")");
		}
		System.out.println("producer " + name + " done");
	}

	static void consumer(String name, Queue<String> q) {
		while (true) {
			String item = q.get();
			System.out.println(name + " got " + item);
			Aio.sleep(0.3);
			q.taskDone();
		}
	}

	static void amain() {
		Queue<String> q = new Queue<>(2);
		List<Task<Object>> consumers = List.of(Aio.createTask(() -> consumer("c1", q)),
				Aio.createTask(() -> consumer("c2", q)));
		Aio.gather(() -> producer("p", q, 4), () -> producer("r", q, 3)).await();
		q.join();
		System.out.println("all items processed");
		for (Task<Object> c : consumers) {
			c.cancel();
		}
		Aio.gatherReturningExceptions(consumers).await();
	}

	public static void main(String[] args) {
		double t0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - t0);
	}

}
