import dev.looplab.aio.Aio;
import dev.looplab.aio.CancelledError;

public class Main {

	static class BoomError extends RuntimeException {

		BoomError(String message) {
			super(message);
		}

	}

	static void bg() {
		try {
			Aio.sleep(10);
		}
		catch (CancelledError e) {
			System.out.println("bg cancelled during shutdown");
			throw e;
		}
	}

	static void amain() {
		Aio.createTask(Main::bg);
		Aio.sleep(0.5);
		System.out.println("main raises");
		throw new BoomError("main failed");
	}

	public static void main(String[] args) {
		double t0 = Aio.perfCounter();
		try {
			Aio.run(Main::amain);
		}
		catch (BoomError e) {
			System.out.println("asyncio.run raised: " + e.getMessage());
		}
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - t0);
	}

}
