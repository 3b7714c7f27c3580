import dev.looplab.aio.Aio;
import dev.looplab.aio.CancelledError;
import dev.looplab.aio.TimeoutError;

public class Main {

	static double T0;

	static void slow() {
		try {
			System.out.println("slow starts");
			Aio.sleep(5);
			System.out.println("slow never finishes");
		}
		catch (CancelledError e) {
			System.out.println("slow cleans up");
			Aio.sleep(0.5);
			System.out.println("slow cleaned up");
			throw e;
		}
	}

	static int quick() {
		Aio.sleep(0.2);
		return 42;
	}

	static void amain() {
		System.out.println("quick gives " + Aio.waitFor(Main::quick, 1));
		try {
			Aio.waitFor(Main::slow, 1);
		}
		catch (TimeoutError e) {
			System.out.printf("main got %s at %.1f%n", e.getClass().getSimpleName(), Aio.perfCounter() - T0);
		}
	}

	public static void main(String[] args) {
		T0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - T0);
	}

}
