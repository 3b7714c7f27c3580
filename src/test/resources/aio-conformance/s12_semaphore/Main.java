import dev.looplab.aio.Aio;
import dev.looplab.aio.Held;
import dev.looplab.aio.Semaphore;
import dev.looplab.aio.Task;

import java.util.ArrayList;
import java.util.List;

// Twin of shared/conformance/asyncio/s12_semaphore.py: at most two fetches at once.
public class Main {

	static void fetch(Semaphore sem, int i, double t0) {
		try (Held held = sem.hold()) { // async with sem:
			System.out.printf("%.0fs start %d%n", Aio.perfCounter() - t0, i);
			Aio.sleep(1);
		}
	}

	static void amain() {
		double t0 = Aio.perfCounter();
		Semaphore sem = new Semaphore(2);
		List<Task<Object>> fetches = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			int n = i;
			fetches.add(Aio.createTask(() -> fetch(sem, n, t0)));
		}
		Aio.gather(fetches).await();
	}

	public static void main(String[] args) {
		double t0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - t0);
	}

}
