import dev.looplab.aio.Aio;
import dev.looplab.aio.Awaitable;
import dev.looplab.aio.Task;
import dev.looplab.aio.TimeoutError;

import java.util.List;

public class Main {

	static double T0;

	static String fetch(String name, double delay) {
		Aio.sleep(delay);
		return name + " after " + delay;
	}

	static void amain() {
		List<Task<String>> tasks = List.of(Aio.createTask(() -> fetch("a", 0.3)), Aio.createTask(() -> fetch("b", 0.1)),
				Aio.createTask(() -> fetch("c", 0.2)));
		for (Awaitable<String> nextDone : Aio.asCompleted(tasks)) {
			String r = nextDone.await();
			System.out.printf("%s (at %.1f)%n", r, Aio.perfCounter() - T0);
		}
		List<Task<String>> slow = List.of(Aio.createTask(() -> fetch("d", 0.2)), Aio.createTask(() -> fetch("e", 5)));
		try {
			for (Awaitable<String> nextDone : Aio.asCompleted(slow, 1)) {
				System.out.println("got " + nextDone.await());
			}
		}
		catch (TimeoutError e) {
			System.out.printf("as_completed timed out at %.1f%n", Aio.perfCounter() - T0);
		}
		slow.get(1).cancel();
	}

	public static void main(String[] args) {
		T0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - T0);
	}

}
