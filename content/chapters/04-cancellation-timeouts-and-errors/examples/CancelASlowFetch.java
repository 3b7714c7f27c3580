import java.util.Locale;

import dev.looplab.aio.Aio;
import dev.looplab.aio.CancelledError;
import dev.looplab.aio.Task;

/**
 * A slow fetch that is cancelled after one second. The cancellation arrives inside
 * Aio.sleep, the fetch cleans up, and throws it on to whoever awaits the task.
 */
public class CancelASlowFetch {

	static String fetch(String page, double seconds) {
		System.out.println("fetching " + page);
		try {
			Aio.sleep(seconds);
			System.out.println("fetched " + page);
			return page;
		}
		catch (CancelledError cancelled) {
			System.out.println("closing the connection to " + page);
			throw cancelled; // clean up, then re-throw
		}
	}

	public static void main(String[] args) {
		Aio.run(() -> {
			double start = Aio.time();
			Task<String> slow = Aio.createTask("slow", () -> fetch("slow-page", 5));
			Aio.sleep(1);
			System.out.println("main: enough, cancelling");
			slow.cancel();
			try {
				slow.await();
			}
			catch (CancelledError cancelled) {
				System.out.println("main: the fetch was cancelled, cancelled() = " + slow.cancelled());
			}
			System.out.printf(Locale.ROOT, "elapsed %.1f%n", Aio.time() - start);
		});
	}

}
