import java.util.Locale;

import dev.looplab.aio.Aio;
import dev.looplab.aio.Task;

/**
 * Two workers and the main task, small enough to follow every switch of the event loop
 * (compare the narration under the timeline).
 */
public class TwoWorkers {

	static void worker(String name, double seconds) {
		System.out.println(name + " begins");
		Aio.sleep(seconds);
		System.out.println(name + " ends");
	}

	public static void main(String[] args) {
		Aio.run(() -> {
			double start = Aio.time();
			Task<Object> alpha = Aio.createTask("alpha", () -> worker("alpha", 1));
			Task<Object> beta = Aio.createTask("beta", () -> worker("beta", 2));
			System.out.println("main begins");
			alpha.await();
			System.out.println("main got alpha");
			beta.await();
			System.out.println("main got beta");
			System.out.printf(Locale.ROOT, "elapsed %.1f%n", Aio.time() - start);
		});
	}

}
