import dev.looplab.aio.Aio;
import dev.looplab.aio.Held;
import dev.looplab.aio.Lock;

public class Main {

	static void worker(String name, Lock lock, int rounds) {
		for (int r = 0; r < rounds; r++) {
			try (Held held = lock.hold()) { // async with lock:
				System.out.println(name + " holds the lock (round " + r + ")");
				Aio.sleep(0.1);
			}
			Aio.sleep(0);
		}
	}

	static void amain() {
		Lock lock = new Lock();
		Aio.gather(() -> worker("A", lock, 2), () -> worker("B", lock, 2), () -> worker("C", lock, 2)).await();
		System.out.println("locked at end: " + (lock.locked() ? "True" : "False"));
	}

	public static void main(String[] args) {
		double t0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - t0);
	}

}
