import dev.looplab.aio.Aio;
import dev.looplab.aio.CancelledError;
import dev.looplab.aio.Task;

public class Main {

	static void spinner() {
		int n = 0;
		try {
			while (true) {
				n++;
				Aio.sleep(0);
			}
		}
		catch (CancelledError e) {
			System.out.println("spinner cancelled after " + n + " turns");
			throw e;
		}
	}

	static String py(boolean b) {
		return b ? "True" : "False";
	}

	static void amain() {
		Task<Object> t = Aio.createTask(Main::spinner);
		for (int i = 0; i < 3; i++) {
			Aio.sleep(0);
		}
		t.cancel();
		System.out.println("cancel requested; done yet? " + py(t.done()));
		Aio.sleep(0);
		System.out.println("after one turn; done? " + py(t.done()) + " cancelled? " + py(t.cancelled()));
	}

	public static void main(String[] args) {
		double t0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - t0);
	}

}
