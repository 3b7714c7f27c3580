import java.util.Locale;

import dev.looplab.aio.Aio;
import dev.looplab.aio.Task;

/**
 * Two workers; one waits with Aio.sleep, the other with Thread.sleep, which holds the
 * loop's only thread and stalls every task.
 */
public class BlockingTheLoop {

	public static void main(String[] args) {
		Aio.run(() -> {
			double start = Aio.time();
			Task<Object> polite = Aio.createTask("polite", () -> {
				System.out.printf(Locale.ROOT, "%.1f: polite begins, back in 0.5 s%n", Aio.time() - start);
				Aio.sleep(0.5);
				System.out.printf(Locale.ROOT, "%.1f: polite is back (0.5 s late)%n", Aio.time() - start);
			});
			Task<Object> rude = Aio.createTask("rude", () -> {
				System.out.printf(Locale.ROOT, "%.1f: rude begins%n", Aio.time() - start);
				Thread.sleep(1000); // blocks the whole loop: try Aio.sleep(1) instead
				System.out.printf(Locale.ROOT, "%.1f: rude ends%n", Aio.time() - start);
			});
			polite.await();
			rude.await();
			System.out.printf(Locale.ROOT, "elapsed %.1f%n", Aio.time() - start);
		});
	}

}
