import java.util.List;
import java.util.Locale;

import dev.looplab.aio.Aio;
import dev.looplab.aio.CancelledError;
import dev.looplab.aio.ExceptionGroup;
import dev.looplab.aio.Task;
import dev.looplab.aio.TaskGroup;

/**
 * The same three fetches, one of which fails, collected with gather and with a task
 * group: gather lets the others run on, the group cancels them.
 */
public class ErrorsInGroups {

	static String fetch(String page, double seconds, boolean fails) {
		try {
			Aio.sleep(seconds);
		}
		catch (CancelledError cancelled) {
			System.out.printf(Locale.ROOT, "  %.1f: %s cancelled%n", Aio.time(), page);
			throw cancelled;
		}
		if (fails) {
			throw new IllegalStateException(page + " answered 500");
		}
		System.out.printf(Locale.ROOT, "  %.1f: %s fetched%n", Aio.time(), page);
		return page;
	}

	public static void main(String[] args) {
		Aio.run(() -> {
			System.out.println("with gather:");
			Task<String> fast = Aio.createTask("fast", () -> fetch("fast", 1, false));
			Task<String> broken = Aio.createTask("broken", () -> fetch("broken", 2, true));
			Task<String> slow = Aio.createTask("slow", () -> fetch("slow", 3, false));
			try {
				Aio.gather(fast, broken, slow).await();
			}
			catch (IllegalStateException failed) {
				System.out.printf(Locale.ROOT, "  %.1f: gather failed: %s%n", Aio.time(), failed.getMessage());
			}
			slow.await(); // nobody cancelled it
			List<Object> outcomes = Aio.gatherReturningExceptions(fast, broken, slow).await();
			System.out.println("  outcomes: " + outcomes.stream()
				.map((o) -> (o instanceof Throwable t) ? t.getClass().getSimpleName() : o)
				.toList());

			System.out.println("with a task group:");
			try {
				TaskGroup.run((group) -> {
					group.createTask(() -> fetch("fast", 1, false));
					group.createTask(() -> fetch("broken", 2, true));
					group.createTask(() -> fetch("slow", 3, false));
				});
			}
			catch (ExceptionGroup failures) {
				System.out.printf(Locale.ROOT, "  %.1f: the group failed: %s%n", Aio.time(),
						failures.exceptions().stream().map(Throwable::getMessage).toList());
			}
		});
	}

}
