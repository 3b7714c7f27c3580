import dev.looplab.aio.Aio;

public class Main {

	static class BoomError extends RuntimeException {

		BoomError(String message) {
			super(message);
		}

	}

	static double T0;

	static String ok(String name, double delay) {
		Aio.sleep(delay);
		System.out.printf("%s finished at %.1f%n", name, Aio.perfCounter() - T0);
		return name;
	}

	static String boom() {
		Aio.sleep(1);
		System.out.println("boom raises");
		throw new BoomError("boom");
	}

	static void amain() {
		try {
			Aio.gather(() -> ok("a", 0.5), () -> boom(), () -> ok("b", 2)).await();
		}
		catch (BoomError e) {
			System.out.printf("main caught %s: %s at %.1f%n", e.getClass().getSimpleName(), e.getMessage(),
					Aio.perfCounter() - T0);
		}
		Aio.sleep(1.5);
		System.out.println("main ends");
	}

	public static void main(String[] args) {
		T0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - T0);
	}

}
