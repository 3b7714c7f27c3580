import dev.looplab.aio.Aio;
import dev.looplab.aio.CancelledError;
import dev.looplab.aio.Held;
import dev.looplab.aio.Semaphore;
import dev.looplab.aio.Task;

import java.util.ArrayList;
import java.util.List;

public class Main {

	static double T0;

	static void worker(int i, Semaphore sem) {
		try {
			try (Held held = sem.hold()) {
				System.out.printf("w%d in at %.1f%n", i, Aio.perfCounter() - T0);
				Aio.sleep(1);
			}
		}
		catch (CancelledError e) {
			System.out.println("w" + i + " cancelled");
			throw e;
		}
	}

	static void amain() {
		Semaphore sem = new Semaphore(2);
		List<Task<Object>> ws = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			int n = i;
			ws.add(Aio.createTask(() -> worker(n, sem)));
		}
		Aio.sleep(0.5);
		ws.get(2).cancel();
		ws.get(3).cancel();
		Aio.gatherReturningExceptions(ws).await();
		System.out.println("locked at end: " + (sem.locked() ? "True" : "False"));
	}

	public static void main(String[] args) {
		T0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - T0);
	}

}
