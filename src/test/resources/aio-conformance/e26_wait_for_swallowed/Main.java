import dev.looplab.aio.Aio;
import dev.looplab.aio.CancelledError;
import dev.looplab.aio.TimeoutError;

import java.util.NoSuchElementException;

public class Main {

	static String stubborn() {
		try {
			Aio.sleep(5);
		}
		catch (CancelledError e) {
			System.out.println("inner swallows cancel");
			return "inner value";
		}
		return null;
	}

	static void failing() {
		Aio.sleep(0.1);
		throw new NoSuchElementException("bad"); // Python's KeyError
	}

	static void amain() {
		String r = Aio.waitFor(Main::stubborn, 1);
		System.out.println("wait_for returned " + r);
		try {
			Aio.waitFor(Main::failing, 1);
		}
		catch (NoSuchElementException e) {
			System.out.println("inner error passes through");
		}
		try {
			Aio.waitFor(() -> Aio.sleep(1), 0);
		}
		catch (TimeoutError e) {
			System.out.println("timeout 0 times out");
		}
	}

	public static void main(String[] args) {
		double t0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - t0);
	}

}
