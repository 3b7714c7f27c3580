import dev.looplab.aio.Aio;
import dev.looplab.aio.CancelledError;
import dev.looplab.aio.Task;

public class Main {

	static void sleeper() {
		try {
			Aio.sleep(10);
		}
		catch (CancelledError e) {
			System.out.println("sleeper got: " + e.getMessage());
			throw e;
		}
	}

	static String py(boolean b) {
		return b ? "True" : "False";
	}

	static void amain() {
		Task<Object> t = Aio.createTask(Main::sleeper);
		Aio.sleep(0.5);
		t.cancel("shutting down");
		try {
			t.await();
		}
		catch (CancelledError e) {
			System.out.println("main: sleeper cancelled " + py(t.cancelled()));
		}
		System.out.println("cancel again: " + py(t.cancel()));
	}

	public static void main(String[] args) {
		double t0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - t0);
	}

}
