import dev.looplab.aio.Aio;
import dev.looplab.aio.Condition;
import dev.looplab.aio.Held;
import dev.looplab.aio.Task;

import java.util.ArrayList;
import java.util.List;

public class Main {

	static String pyList(List<String> items) {
		List<String> quoted = new ArrayList<>();
		for (String item : items) {
			quoted.add("'" + item + "'");
		}
		return "[" + String.join(", ", quoted) + "]";
	}

	static void consumer(int i, Condition cond, List<String> box) {
		try (Held held = cond.hold()) {
			System.out.println("consumer " + i + " waits");
			cond.await(); // await cond.wait()
			System.out.println("consumer " + i + " woke, box=" + pyList(box));
		}
	}

	static void amain() {
		Condition cond = new Condition();
		List<String> box = new ArrayList<>();
		List<Task<Object>> tasks = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			int n = i;
			tasks.add(Aio.createTask(() -> consumer(n, cond, box)));
		}
		Aio.sleep(1);
		try (Held held = cond.hold()) {
			box.add("first");
			System.out.println("notify 2");
			cond.notify(2);
		}
		Aio.sleep(1);
		try (Held held = cond.hold()) {
			box.add("second");
			System.out.println("notify all");
			cond.notifyEvery(); // notify_all()
		}
		Aio.gather(tasks).await();
	}

	public static void main(String[] args) {
		double t0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - t0);
	}

}
