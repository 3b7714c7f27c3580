import dev.looplab.aio.Aio;
import dev.looplab.aio.CancelledError;
import dev.looplab.aio.TimeoutError;

public class Main {

	static double T0;

	static String fetch(double delay) {
		try {
			Aio.sleep(delay);
			return "fetched in " + delay;
		}
		catch (CancelledError e) {
			System.out.println("fetch(" + (int) delay + ") interrupted");
			throw e;
		}
	}

	static void amain() {
		// async with asyncio.timeout(1): ... is a lambda, so that the runtime can turn the
		// block's cancellation into a TimeoutError as Python's __aexit__ does.
		Aio.timeout(1, () -> System.out.println(fetch(0.5)));
		try {
			Aio.timeout(1, () -> System.out.println(fetch(3)));
		}
		catch (TimeoutError e) {
			System.out.printf("timed out at %.1f%n", Aio.perfCounter() - T0);
		}
		System.out.println("cancelling " + Aio.currentTask().cancelling());
	}

	public static void main(String[] args) {
		T0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - T0);
	}

}
