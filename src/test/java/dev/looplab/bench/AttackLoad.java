package dev.looplab.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * The attack load test: starts the packaged server as its own process, signs up normal
 * learners and a few attackers, and for a set time has the learners run a small program
 * in a loop while the attackers open event streams they never read and flood the trace,
 * and a poller asks the server's health every 250 ms. Afterwards every run a learner got
 * a 201 for must be found finished through the API. The results go into
 * {@code docs/benchmarks.md}; it exits non-zero when the learners' p95 reached 2 s,
 * anything was lost or health was not UP throughout.
 * <p>
 * Usage: {@code AttackLoad <looplab.jar> <benchmarks.md> [seconds] [normal users]}; see
 * the README for the Maven command.
 */
public final class AttackLoad {

	private AttackLoad() {
	}

	public static void main(String[] args) throws Exception {
		Path jar = Path.of(args[0]);
		Path report = Path.of(args[1]);
		AttackPlan plan = AttackPlan.from(args);
		Path data = Files.createTempDirectory("looplab-attack");
		AttackResults results = new AttackResults(plan);
		// The sandbox's debug lines say, per run, how long it waited in line, compiled,
		// waited for a JVM and ran: where the time went, in the server's log.
		// -Dattack.server.args="--looplab.sandbox.pool-size=4 ..." tries other settings.
		List<String> arguments = new ArrayList<>(
				List.of(AttackPlan.serverArgument(), "--logging.level.dev.looplab.sandbox.Sandbox=debug"));
		String extra = System.getProperty("attack.server.args", "").strip();
		if (!extra.isEmpty()) {
			arguments.addAll(List.of(extra.split("\\s+")));
		}
		try (ServerProcess server = ServerProcess.start(jar, data, arguments.toArray(String[]::new))) {
			RunsApi api = new RunsApi(server.port());
			List<LearnerClient> normal = signUp(server.port(), "learner", plan.normalUsers(), results);
			List<LearnerClient> slowReaders = signUp(server.port(), "slowreader", plan.slowReaderAccounts(), results);
			List<LearnerClient> flooders = signUp(server.port(), "flooder", plan.flooderAccounts(), results);
			System.out.println("Warming up: two runs before the attack…");
			for (int i = 0; i < 2; i++) {
				String id = api.start(Workload.TWO_SLEEPING_TASKS, normal.getFirst().authorization());
				api.followToResult(id, normal.getFirst().authorization(), Duration.ofSeconds(60));
			}
			HealthPoller health = new HealthPoller(server.port(), server.pid());
			Thread poller = Thread.ofPlatform().name("health-poller").start(health);
			System.out.println("Attack: " + plan.describe() + "…");
			long deadline = System.nanoTime() + plan.length().toNanos();
			try (Attackers attackers = new Attackers(server.port(), plan, deadline)) {
				try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
					normal.forEach((learner) -> threads
						.submit(new NormalUser(api, learner, deadline, results.normalRuns(), plan)));
					slowReaders
						.forEach((attacker) -> threads.submit(() -> attackers.slowReader(attacker.authorization())));
					for (int i = 0; i < plan.anonymousSlowReaders(); i++) {
						threads.submit(() -> attackers.slowReader(null));
					}
					flooders.forEach((attacker) -> threads.submit(() -> attackers.flooder(attacker.authorization())));
					threads.submit(attackers::probe);
				}
				results.attackers(attackers);
			}
			System.out.println("Attack over; looking for every accepted run…");
			results.lost(lostRuns(api, results.normalRuns(), byName(normal)));
			health.stop();
			poller.join();
			results.health(health);
			results.resources(ResidentMemory.of(server.pid()), sizeOf(data), sizeOf(data.resolve("looplab.mv.db")));
			results.stages(RunStages.read(data.resolve("server.log")));
		}
		deleteDatabase(data);
		AttackLoadReport markdown = new AttackLoadReport(results);
		markdown.writeInto(report);
		System.out.println(markdown.markdown());
		System.out.println("The server's log: " + data.resolve("server.log"));
		if (!results.problems().isEmpty()) {
			System.err.println("The attack load test found problems: " + results.problems());
			System.exit(1);
		}
	}

	private static List<LearnerClient> signUp(int port, String prefix, int count, AttackResults results)
			throws Exception {
		List<LearnerClient> clients = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			LearnerClient client = new LearnerClient(port, "%s%03d".formatted(prefix, i), "attack-load-password-" + i);
			client.register();
			results.authenticatedWith(client.useApiToken("attack load") ? "API tokens (Bearer)" : "HTTP Basic");
			clients.add(client);
		}
		return clients;
	}

	private static Map<String, LearnerClient> byName(List<LearnerClient> learners) {
		Map<String, LearnerClient> byName = new LinkedHashMap<>();
		learners.forEach((learner) -> byName.put(learner.username(), learner));
		return byName;
	}

	/**
	 * Every accepted run not found finished through {@code GET /api/runs/{id}}; a run
	 * still going gets up to 30 s to finish.
	 */
	private static List<String> lostRuns(RunsApi api, NormalRuns runs, Map<String, LearnerClient> learners)
			throws InterruptedException {
		List<String> lost = new ArrayList<>();
		long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		for (NormalRuns.Run run : runs.runs()) {
			String authorization = learners.get(run.user()).authorization();
			RunsApi.RunState state = null;
			do {
				try {
					state = api.get(run.id(), authorization, Duration.ofSeconds(5));
				}
				catch (java.io.IOException ex) {
					state = new RunsApi.RunState(-1, ex.getClass().getSimpleName(), null);
				}
				if (!state.finished()) {
					Thread.sleep(200);
				}
			}
			while (!state.finished() && System.nanoTime() < giveUp);
			if (!state.finished()) {
				lost.add(run.id() + " (" + state.httpStatus() + ", " + state.status() + ")");
			}
		}
		return lost;
	}

	private static long sizeOf(Path path) throws java.io.IOException {
		if (!Files.exists(path)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(path)) {
			return files.filter(Files::isRegularFile).mapToLong((file) -> file.toFile().length()).sum();
		}
	}

	/**
	 * The flooded database can be large; the server's log stays for a look afterwards.
	 */
	private static void deleteDatabase(Path data) throws java.io.IOException {
		try (Stream<Path> files = Files.walk(data)) {
			files.sorted(Comparator.reverseOrder())
				.filter((path) -> !path.equals(data) && !path.getFileName().toString().equals("server.log"))
				.forEach((path) -> path.toFile().delete());
		}
	}

}
