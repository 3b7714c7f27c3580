import dev.looplab.aio.Aio;
import dev.looplab.aio.CancelledError;
import dev.looplab.aio.Task;

public class Main {

	static void worker() {
		System.out.println("worker body runs");
		Aio.sleep(1);
	}

	static void amain() {
		Task<Object> t = Aio.createTask(Main::worker);
		System.out.println("cancel returned " + py(t.cancel()));
		try {
			t.await();
		}
		catch (CancelledError e) {
			System.out.println("main saw CancelledError");
		}
		System.out.println("cancelled " + py(t.cancelled()) + " done " + py(t.done()));
	}

	static String py(boolean b) {
		return b ? "True" : "False";
	}

	public static void main(String[] args) {
		double t0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - t0);
	}

}
