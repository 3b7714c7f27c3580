import java.util.Locale;

import dev.looplab.aio.Aio;

/**
 * Callbacks, timers, new tasks and sleep(0): predict the order of the lines, then run.
 */
public class ReadyQueue {

	public static void main(String[] args) {
		Aio.run(() -> {
			Aio.createTask("ticker", () -> {
				for (int i = 1; i <= 3; i++) {
					System.out.println("ticker " + i);
					Aio.sleep(0); // give the loop one turn
				}
			});
			Aio.loop().callLater(0.5, () -> System.out.println("timer armed second, at 0.5 s"));
			Aio.loop().callLater(0.2, () -> System.out.println("timer armed first, at 0.2 s"));
			Aio.loop().callSoon(() -> System.out.println("callback 1"));
			Aio.loop().callSoon(() -> System.out.println("callback 2"));
			System.out.println("main still running");
			Aio.sleep(0);
			System.out.println("main after one turn");
			Aio.sleep(1);
			System.out.printf(Locale.ROOT, "main done at %.1f s%n", Aio.time());
		});
	}

}
