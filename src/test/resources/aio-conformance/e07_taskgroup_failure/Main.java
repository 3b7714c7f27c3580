import dev.looplab.aio.Aio;
import dev.looplab.aio.CancelledError;
import dev.looplab.aio.ExceptionGroup;
import dev.looplab.aio.TaskGroup;

import java.util.ArrayList;
import java.util.List;

public class Main {

	static class BoomError extends RuntimeException {

		BoomError(String message) {
			super(message);
		}

	}

	static double T0;

	static void worker(String name, double delay, boolean fail) {
		try {
			Aio.sleep(delay);
			if (fail) {
				System.out.println(name + " fails");
				throw new BoomError(name);
			}
			System.out.println(name + " done");
		}
		catch (CancelledError e) {
			System.out.println(name + " cancelled");
			throw e;
		}
	}

	static void amain() {
		try {
			// async with asyncio.TaskGroup() as tg: (the block itself does not await)
			try (TaskGroup tg = new TaskGroup()) {
				tg.createTask(() -> worker("w1", 0.5, false));
				tg.createTask(() -> worker("w2", 1, true));
				tg.createTask(() -> worker("w3", 2, false));
				tg.createTask(() -> worker("w4", 0.8, false));
			}
			System.out.println("not reached");
		}
		catch (ExceptionGroup eg) { // except* BoomError
			List<String> shown = new ArrayList<>();
			for (Throwable e : eg.exceptions()) {
				shown.add("'" + e.getMessage() + "'");
			}
			System.out.println("caught " + eg.exceptions().size() + ": [" + String.join(", ", shown) + "]");
		}
		System.out.printf("main continues at %.1f%n", Aio.perfCounter() - T0);
	}

	public static void main(String[] args) {
		T0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - T0);
	}

}
