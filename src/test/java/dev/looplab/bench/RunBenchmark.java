package dev.looplab.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The run benchmark: starts the packaged server as its own process, runs workloads
 * through the HTTP API at concurrency 1 and 8, runs the same workloads the peers' way in
 * the same session, measures resident memory, and writes the results into
 * {@code docs/benchmarks.md}.
 * <p>
 * Usage: {@code RunBenchmark <looplab.jar> <benchmarks.md>}; see the README for the Maven
 * command.
 */
public final class RunBenchmark {

	private RunBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path jar = Path.of(args[0]);
		Path report = Path.of(args[1]);
		Path javaHome = Path.of(System.getProperty("java.home"));
		Path data = Files.createTempDirectory("looplab-bench");
		try (ServerProcess server = ServerProcess.start(jar, data)) {
			LooplabClient client = new LooplabClient(server.port());
			System.out.println("Warming up the server (compiler and sandbox pool)…");
			measure(40, 1, () -> client.run(Workload.HELLO));
			BenchmarkReport results = new BenchmarkReport();
			for (Workload workload : List.of(Workload.HELLO, Workload.TWO_SLEEPERS)) {
				boolean slow = workload == Workload.TWO_SLEEPERS;
				results.add("Looplab API", workload, 1, measure(slow ? 6 : 20, 1, () -> client.run(workload)));
				results.add("Looplab API", workload, 8, measure(slow ? 24 : 80, 8, () -> client.run(workload)));
				PeerRunner peer = new PeerRunner(javaHome);
				results.add("javac + java per run", workload, 1, measure(slow ? 4 : 10, 1, () -> peer.run(workload)));
				results.add("javac + java per run", workload, 8, measure(slow ? 16 : 24, 8, () -> peer.run(workload)));
			}
			Workload tasks = Workload.TWO_SLEEPING_TASKS;
			results.add("Looplab API", tasks, 1, measure(20, 1, () -> client.run(tasks)));
			results.add("Looplab API", tasks, 8, measure(80, 8, () -> client.run(tasks)));
			Thread.sleep(3000); // let the pool refill so idle slots are measured
			results.memory(ResidentMemory.of(server.pid()),
					ResidentMemory.ofJvmsRunning(server.pid(), "dev.looplab.runner.RunnerMain"),
					ResidentMemory.ofJvmsRunning(server.pid(), "dev.looplab.runner.CompilerMain"),
					ResidentMemory.ofWrappers(server.pid()));
			results.writeInto(report);
			System.out.println(results.markdown());
		}
	}

	/** Runs {@code total} calls from {@code concurrency} threads and times each one. */
	static Samples measure(int total, int concurrency, Call call) throws Exception {
		Samples samples = new Samples();
		long start = System.nanoTime();
		try (ExecutorService threads = Executors.newFixedThreadPool(concurrency)) {
			List<Future<?>> calls = new ArrayList<>();
			for (int i = 0; i < total; i++) {
				calls.add(threads.submit(() -> {
					long t0 = System.nanoTime();
					call.run();
					samples.add(System.nanoTime() - t0);
					return null;
				}));
			}
			for (Future<?> each : calls) {
				each.get();
			}
		}
		samples.wall(System.nanoTime() - start);
		return samples;
	}

	@FunctionalInterface
	interface Call {

		void run() throws Exception;

	}

}
