import java.util.Locale;

import dev.looplab.aio.Aio;
import dev.looplab.aio.CancelledError;
import dev.looplab.aio.Task;
import dev.looplab.aio.TimeoutError;

/**
 * Aio.waitFor gives a task a deadline: past it, the task is cancelled and the caller gets
 * a TimeoutError. Aio.shield keeps the task itself running.
 */
public class TimeoutsWithWaitFor {

	static String fetch(String page, double seconds) {
		try {
			Aio.sleep(seconds);
			return page;
		}
		catch (CancelledError cancelled) {
			System.out.printf(Locale.ROOT, "%.1f: %s cancelled%n", Aio.time(), page);
			throw cancelled;
		}
	}

	public static void main(String[] args) {
		Aio.run(() -> {
			try {
				String page = Aio.waitFor(Aio.createTask("slow", () -> fetch("slow", 3)), 1.5);
				System.out.println("got " + page);
			}
			catch (TimeoutError timedOut) {
				System.out.printf(Locale.ROOT, "%.1f: gave up on slow%n", Aio.time());
			}

			Task<String> report = Aio.createTask("report", () -> fetch("report", 2));
			try {
				Aio.waitFor(Aio.shield(report), 1);
			}
			catch (TimeoutError timedOut) {
				System.out.printf(Locale.ROOT, "%.1f: stopped waiting, but the report carries on%n", Aio.time());
			}
			System.out.printf(Locale.ROOT, "%.1f: got %s after all%n", Aio.time(), report.await());
		});
	}

}
