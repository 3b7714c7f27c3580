import dev.looplab.aio.Aio;
import dev.looplab.aio.Held;
import dev.looplab.aio.Semaphore;
import dev.looplab.aio.Task;

import java.util.ArrayList;
import java.util.List;

public class Main {

	static double T0;

	static void job(int i, Semaphore sem) {
		System.out.println("job " + i + " wants the semaphore");
		try (Held held = sem.hold()) {
			System.out.printf("job %d runs at %.1f%n", i, Aio.perfCounter() - T0);
			Aio.sleep((i % 2 == 1) ? 0.5 : 0.3);
		}
		System.out.println("job " + i + " released");
	}

	static void amain() {
		Semaphore sem = new Semaphore(1);
		List<Task<Object>> tasks = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			int n = i;
			tasks.add(Aio.createTask(() -> job(n, sem)));
		}
		Aio.sleep(0);
		System.out.println("locked: " + (sem.locked() ? "True" : "False"));
		Aio.gather(tasks).await();
	}

	public static void main(String[] args) {
		T0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - T0);
	}

}
