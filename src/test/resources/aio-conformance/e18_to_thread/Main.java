import dev.looplab.aio.Aio;
import dev.looplab.aio.Task;

public class Main {

	static double T0;

	// Blocking work: on a worker thread, Thread.sleep is Python's time.sleep there.
	static String blocking(String name, long millis, String shown) throws InterruptedException {
		Thread.sleep(millis);
		return name + " slept " + shown;
	}

	static void heartbeat() {
		for (int i = 0; i < 3; i++) {
			Aio.sleep(0.4);
			System.out.println("beat " + i);
		}
	}

	static void amain() {
		Task<Object> hb = Aio.createTask(Main::heartbeat);
		String r = Aio.toThread(() -> blocking("worker", 1000, "1"));
		System.out.printf("%s at %.1f%n", r, Aio.perfCounter() - T0);
		String r2 = Aio.runInExecutor(() -> blocking("executor", 500, "0.5")).await();
		System.out.printf("%s at %.1f%n", r2, Aio.perfCounter() - T0);
		hb.await();
	}

	public static void main(String[] args) {
		T0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - T0);
	}

}
