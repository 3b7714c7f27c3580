import dev.looplab.aio.Aio;
import dev.looplab.aio.CancelledError;
import dev.looplab.aio.Task;

public class Main {

	static class BoomError extends RuntimeException {

		BoomError(String message) {
			super(message);
		}

	}

	static Object fragile() {
		Aio.sleep(0.5);
		throw new BoomError("inner broke");
	}

	static String py(boolean b) {
		return b ? "True" : "False";
	}

	static void amain() {
		Task<Object> t = Aio.createTask(Main::fragile);
		try {
			Aio.shield(t).await();
		}
		catch (BoomError e) {
			System.out.println("shield passed on: " + e.getMessage());
		}
		System.out.println("cancel done task: " + py(t.cancel()));
		Task<Object> s = Aio.createTask(() -> Aio.sleep(1));
		boolean first = s.cancel();
		boolean second = s.cancel();
		System.out.println("first cancel: " + py(first) + " second cancel: " + py(second) + " cancelling: "
				+ s.cancelling());
		try {
			s.await();
		}
		catch (CancelledError e) {
			System.out.println("sleep task cancelled: " + py(s.cancelled()));
		}
	}

	public static void main(String[] args) {
		double t0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - t0);
	}

}
