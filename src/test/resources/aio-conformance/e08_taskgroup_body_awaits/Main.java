import dev.looplab.aio.Aio;
import dev.looplab.aio.CancelledError;
import dev.looplab.aio.ExceptionGroup;

import java.util.ArrayList;
import java.util.List;

public class Main {

	static class BoomError extends RuntimeException {

		BoomError(String message) {
			super(message);
		}

	}

	static double T0;

	static void failAt(String name, double delay) {
		Aio.sleep(delay);
		System.out.println(name + " fails");
		throw new BoomError(name);
	}

	static void amain() {
		try {
			// The block awaits, so it uses the lambda form, which has asyncio's exact exit rules.
			Aio.taskGroup((tg) -> {
				tg.createTask(() -> failAt("x", 1));
				tg.createTask(() -> failAt("y", 1));
				try {
					Aio.sleep(5);
				}
				catch (CancelledError e) {
					System.out.println("body cancelled");
					throw e;
				}
			});
		}
		catch (ExceptionGroup eg) {
			System.out.println(eg.getMessage());
			List<String> shown = new ArrayList<>();
			for (Throwable e : eg.exceptions()) {
				shown.add("'" + e.getMessage() + "'");
			}
			shown.sort(null);
			System.out.println("[" + String.join(", ", shown) + "]");
		}
		System.out.printf("after group %.1f%n", Aio.perfCounter() - T0);
		System.out.println("current task cancelling: " + Aio.currentTask().cancelling());
	}

	public static void main(String[] args) {
		T0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - T0);
	}

}
