package dev.looplab.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The grading load test: starts the packaged server as its own process, signs up 100
 * learners, has all of them submit at the same moment through the HTTP API (half a full
 * solution, half the starter code), follows every submission to its grade, then stops the
 * server and checks its database: every submission stored, graded, and graded once. The
 * results go into {@code docs/benchmarks.md}.
 * <p>
 * Usage: {@code GradingLoad <looplab.jar> <benchmarks.md> <content dir> [learners]}; see
 * the README for the Maven command.
 */
public final class GradingLoad {

	private static final String EXERCISE = "four-pages-at-once";

	private GradingLoad() {
	}

	public static void main(String[] args) throws Exception {
		Path jar = Path.of(args[0]);
		Path report = Path.of(args[1]);
		BundledExercise exercise = BundledExercise.read(Path.of(args[2]), EXERCISE);
		int learners = (args.length > 3) ? Integer.parseInt(args[3]) : 100;
		Path data = Files.createTempDirectory("looplab-load");
		LoadResults results;
		try (ServerProcess server = ServerProcess.start(jar, data)) {
			List<LearnerClient> clients = signUp(server.port(), learners);
			System.out.println("Warming up: two submissions graded before the burst…");
			for (LearnerClient warm : clients.subList(0, 2)) {
				warm.awaitGraded(warm.submit(exercise.id(), exercise.reference()));
			}
			System.out.printf("%d learners submit at once…%n", learners);
			results = burst(clients, exercise);
			results.memory(ResidentMemory.of(server.pid()));
		}
		results.ledger(SubmissionLedger.read(data, results.ids()));
		GradingLoadReport markdown = new GradingLoadReport(exercise, results);
		markdown.writeInto(report);
		System.out.println(markdown.markdown());
		if (!results.problems().isEmpty()) {
			throw new IllegalStateException("The load test found problems: " + results.problems());
		}
	}

	private static List<LearnerClient> signUp(int port, int learners) throws Exception {
		List<LearnerClient> clients = new ArrayList<>();
		for (int i = 0; i < learners; i++) {
			LearnerClient client = new LearnerClient(port, "learner%03d".formatted(i), "load-test-password-" + i);
			client.register();
			clients.add(client);
		}
		return clients;
	}

	/**
	 * Every learner submits as soon as a shared latch opens; even-numbered learners send
	 * the reference solution, odd-numbered ones the starter.
	 */
	private static LoadResults burst(List<LearnerClient> clients, BundledExercise exercise) throws Exception {
		LoadResults results = new LoadResults(exercise.maxScore());
		CountDownLatch go = new CountDownLatch(1);
		long start = System.nanoTime();
		try (ExecutorService threads = Executors.newFixedThreadPool(clients.size())) {
			List<Future<?>> learners = new ArrayList<>();
			for (int i = 0; i < clients.size(); i++) {
				LearnerClient client = clients.get(i);
				boolean full = i % 2 == 0;
				learners.add(threads.submit(() -> {
					go.await();
					long t0 = System.nanoTime();
					String id = client.submit(exercise.id(), full ? exercise.reference() : exercise.starter());
					long accepted = System.nanoTime();
					LearnerClient.Graded graded = client.awaitGraded(id);
					results.add(new LoadResults.Submission(id, full, graded, accepted - t0, System.nanoTime() - t0));
					return null;
				}));
			}
			go.countDown();
			for (Future<?> learner : learners) {
				learner.get();
			}
		}
		results.wall(System.nanoTime() - start);
		return results;
	}

}
