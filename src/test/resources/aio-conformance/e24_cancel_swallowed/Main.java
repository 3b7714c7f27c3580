import dev.looplab.aio.Aio;
import dev.looplab.aio.CancelledError;
import dev.looplab.aio.Task;

public class Main {

	static String stubborn() {
		try {
			Aio.sleep(5);
		}
		catch (CancelledError e) {
			System.out.println("stubborn ignores the cancel");
		}
		Aio.sleep(0.5);
		System.out.println("stubborn finishes");
		return "finished anyway";
	}

	static void amain() {
		Task<String> t = Aio.createTask(Main::stubborn);
		Aio.sleep(1);
		t.cancel();
		String r = t.await();
		System.out.println("result " + r + " cancelled " + (t.cancelled() ? "True" : "False") + " cancelling "
				+ t.cancelling());
	}

	public static void main(String[] args) {
		double t0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - t0);
	}

}
