package dev.looplab.bench;

/**
 * The hostile programs of the attack load test, each as issue 10 found it hurting the
 * server: one that prints as much as it can after a short pause (so that its silent
 * subscribers are already connected), and one that floods the event-loop trace with
 * thousands of tasks named with 500 characters each.
 */
final class AttackPrograms {

	/** Waits 300 ms of real time, then prints about 1 MB in 200-character lines. */
	static final Workload LOUD = new Workload("prints about 1 MB after 300 ms", "Main", """
			public class Main {
				public static void main(String[] args) throws Exception {
					Thread.sleep(300);
					String line = "y".repeat(200);
					for (int i = 0; i < 5000; i++) {
						System.out.println(i + " " + line);
					}
				}
			}
			""", "real");

	/**
	 * 2,000 tasks, each named with 500 characters, each yielding to the loop ten times
	 * with {@code sleep(0)}: far more scheduling events than a run keeps.
	 */
	static final Workload TRACE_FLOOD = new Workload("2,000 tasks with 500-character names yielding ten times", "Main",
			"""
					import dev.looplab.aio.Aio;
					import dev.looplab.aio.Task;
					import java.util.ArrayList;
					import java.util.List;

					public class Main {
						public static void main(String[] args) {
							String pad = "n".repeat(500);
							Aio.run(() -> {
								List<Task<Object>> tasks = new ArrayList<>();
								for (int i = 0; i < 2000; i++) {
									String name = (i + "-" + pad).substring(0, 500);
									tasks.add(Aio.createTask(name, () -> {
										for (int k = 0; k < 10; k++) {
											Aio.sleep(0);
										}
									}));
								}
								for (Task<Object> task : tasks) {
									task.await();
								}
							});
						}
					}
					""", "virtual");

	private AttackPrograms() {
	}

}
