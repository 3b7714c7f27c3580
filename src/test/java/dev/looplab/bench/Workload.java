package dev.looplab.bench;

/**
 * A program the benchmark runs, in Looplab's form (one source string) and as a file for
 * the peers' way, and the clock Looplab runs it with.
 */
record Workload(String name, String className, String source, String clock) {

	Workload(String name, String className, String source) {
		this(name, className, source, "real");
	}

	/**
	 * The sleepers as event-loop tasks in virtual time, Looplab's default: the same
	 * program a learner of the asyncio chapters writes.
	 */
	static final Workload TWO_SLEEPING_TASKS = new Workload("two aio tasks sleeping 1 s and 2 s (virtual clock)",
			"Main", """
					import dev.looplab.aio.Aio;

					public class Main {
						public static void main(String[] args) {
							Aio.run(() -> {
								var one = Aio.createTask(() -> sleep("one", 1));
								var two = Aio.createTask(() -> sleep("two", 2));
								one.await();
								two.await();
								System.out.printf("both done after %.1f s%n", Aio.time());
							});
						}

						static void sleep(String name, double seconds) {
							Aio.sleep(seconds);
							System.out.println(name + " woke up");
						}
					}
					""", "virtual");

	static final Workload HELLO = new Workload("hello world", "Main", """
			public class Main {
				public static void main(String[] args) {
					System.out.println("Hello, world");
				}
			}
			""");

	static final Workload TWO_SLEEPERS = new Workload("two tasks sleeping 1 s and 2 s", "Main", """
			import java.util.concurrent.Executors;

			public class Main {
				public static void main(String[] args) throws Exception {
					long start = System.nanoTime();
					try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
						pool.submit(() -> sleep("one", 1000));
						pool.submit(() -> sleep("two", 2000));
					}
					System.out.printf("both done after %.1f s%n", (System.nanoTime() - start) / 1e9);
				}

				static Void sleep(String name, long millis) throws InterruptedException {
					Thread.sleep(millis);
					System.out.println(name + " woke up");
					return null;
				}
			}
			""");

}
