import dev.looplab.aio.Aio;
import dev.looplab.aio.Event;
import dev.looplab.aio.Task;

import java.util.ArrayList;
import java.util.List;

public class Main {

	static double T0;

	static void waiter(int i, Event ev) {
		System.out.println("waiter " + i + " waits");
		ev.await(); // await ev.wait()
		System.out.printf("waiter %d woke at %.1f%n", i, Aio.perfCounter() - T0);
	}

	static String py(boolean b) {
		return b ? "True" : "False";
	}

	static void amain() {
		Event ev = new Event();
		List<Task<Object>> tasks = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			int n = i;
			tasks.add(Aio.createTask(() -> waiter(n, ev)));
		}
		Aio.sleep(1);
		System.out.println("setting");
		ev.set();
		System.out.println("is_set " + py(ev.isSet()));
		Aio.gather(tasks).await();
		ev.clear();
		System.out.println("is_set after clear " + py(ev.isSet()));
		Task<Object> late = Aio.createTask(() -> waiter(9, ev));
		Aio.sleep(0.5);
		ev.set();
		late.await();
	}

	public static void main(String[] args) {
		T0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - T0);
	}

}
