import dev.looplab.aio.Aio;
import dev.looplab.aio.Condition;
import dev.looplab.aio.Event;
import dev.looplab.aio.Held;
import dev.looplab.aio.Queue;
import dev.looplab.aio.Task;
import dev.looplab.aio.TimeoutError;

public class Main {

	static double T0;

	static void getter(String name, Queue<String> q, double timeout) {
		try {
			String item = Aio.waitFor(q::get, timeout);
			System.out.printf("%s got %s at %.1f%n", name, item, Aio.perfCounter() - T0);
		}
		catch (TimeoutError e) {
			System.out.printf("%s timed out at %.1f%n", name, Aio.perfCounter() - T0);
		}
	}

	static void amain() {
		Queue<String> q = new Queue<>();
		Task<Object> a = Aio.createTask(() -> getter("a", q, 0.5));
		Task<Object> b = Aio.createTask(() -> getter("b", q, 2));
		Aio.sleep(1);
		System.out.println("putting");
		q.put("x");
		Aio.gather(a, b).await();
		Event ev = new Event();
		try {
			Aio.waitFor(ev::await, 0.3);
		}
		catch (TimeoutError e) {
			System.out.println("event wait timed out");
		}
		Condition cond = new Condition();
		int[] n = { 0 };
		Task<Object> t = Aio.createTask(() -> {
			for (int i = 0; i < 3; i++) {
				Aio.sleep(0.1);
				try (Held held = cond.hold()) {
					n[0]++;
					System.out.println("bump " + n[0]);
					cond.notifyEvery();
				}
			}
		});
		try (Held held = cond.hold()) {
			cond.awaitFor(() -> n[0] >= 2);
			System.out.println("predicate true at n = " + n[0]);
		}
		t.await();
	}

	public static void main(String[] args) {
		T0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - T0);
	}

}
