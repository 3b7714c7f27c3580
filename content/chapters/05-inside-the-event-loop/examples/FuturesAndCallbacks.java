import java.util.Locale;

import dev.looplab.aio.Aio;
import dev.looplab.aio.Future;

/**
 * A future completed by a timer, awaited by two tasks and watched by a callback.
 */
public class FuturesAndCallbacks {

	public static void main(String[] args) {
		Aio.run(() -> {
			Future<String> answer = Aio.createFuture();
			answer.addDoneCallback((done) -> System.out.println("callback sees " + done.result()));
			Aio.createTask("first", () -> System.out.println("first got " + answer.await()));
			Aio.createTask("second", () -> System.out.println("second got " + answer.await()));
			Aio.loop().callLater(1, () -> {
				System.out.printf(Locale.ROOT, "%.1f: the timer sets the result%n", Aio.time());
				answer.setResult("42");
				System.out.println("setResult has returned; nobody has run yet");
			});
			System.out.println("main awaits too");
			System.out.println("main got " + answer.await());
			Aio.sleep(0);
			System.out.printf(Locale.ROOT, "done at %.1f%n", Aio.time());
		});
	}

}
