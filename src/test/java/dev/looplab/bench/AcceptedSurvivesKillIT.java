package dev.looplab.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accepted means stored: the packaged server is killed with SIGKILL right after it
 * answered a burst of registrations, role changes, submissions and runs, then started
 * again on the same data folder, where every one of them must be found. Without commits
 * written at once, H2 keeps the last half second of them in memory, and the kill takes
 * them along.
 */
class AcceptedSurvivesKillIT {

	private static final String ADMIN_PASSWORD = "crash-test-admin-password";

	/**
	 * Light start-ups (one warm sandbox JVM, no AOT cache training, one grader), and room
	 * for a stream of submissions and runs.
	 */
	private static final String[] SETTINGS = { "--looplab.admin.password=" + ADMIN_PASSWORD,
			"--looplab.sandbox.pool-size=1", "--looplab.sandbox.isolation.aot-cache=false",
			"--looplab.grading.concurrency=1", "--looplab.grading.submission-rate-limit.capacity=1000",
			"--looplab.sandbox.max-concurrent=1", "--looplab.sandbox.queue-capacity=1000" };

	private static final int LEARNERS = 6;

	private static final int EACH = 2;

	/** Learners the admin makes instructors during the burst. */
	private static final int PROMOTED = 2;

	private static final String EXERCISE = "four-pages-at-once";

	/** An attempt that does not wait for anything: graded quickly, scoring little. */
	private static final String SUBMISSION = """
			import java.util.List;

			public class Crawl {
			    public static void main(String[] args) {
			        System.out.println("done: " + List.of("page-1", "page-2", "page-3", "page-4"));
			    }
			}
			""";

	private static final String PROGRAM = """
			public class Main {
			    public static void main(String[] args) {
			        System.out.println("accepted");
			    }
			}
			""";

	/** Kept when the test fails, for the server's log. */
	@TempDir(cleanup = CleanupMode.ON_SUCCESS)
	Path data;

	@Test
	void everyAcceptedWriteIsFoundAfterAKill() throws Exception {
		Path jar = Path.of(System.getProperty("looplab.jar", "target/looplab.jar"));
		List<Learner> learners;
		try (ServerProcess server = ServerProcess.start(jar, this.data, SETTINGS)) {
			learners = writeUntilKilled(server);
		}
		try (ServerProcess server = ServerProcess.start(jar, this.data, SETTINGS)) {
			Map<String, String> roles = AdminClient.signIn(server.port(), ADMIN_PASSWORD).roles();
			List<String> lost = new ArrayList<>();
			for (Learner learner : learners) {
				lost.addAll(learner.lostFrom(roles, server.port()));
			}
			assertThat(lost).as("accepted before the kill, missing after the restart").isEmpty();
		}
	}

	/**
	 * Half the learners register and then submit and start runs without pause; once each
	 * has {@value #EACH} of both, the other half register and do the same, and the admin
	 * promotes some. When all that was answered, the server is killed while requests keep
	 * coming, so the last accepted writes are moments old.
	 */
	private static List<Learner> writeUntilKilled(ServerProcess server) throws Exception {
		int port = server.port();
		AdminClient admin = AdminClient.signIn(port, ADMIN_PASSWORD);
		List<Learner> learners = new ArrayList<>();
		for (int i = 0; i < LEARNERS; i++) {
			learners.add(new Learner(port, "survivor%02d".formatted(i), i % 2 == 1 && i < 2 * PROMOTED));
		}
		AtomicBoolean killed = new AtomicBoolean();
		try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<?>> writers = new ArrayList<>();
			List<Learner> early = learners.subList(0, LEARNERS / 2);
			List<Learner> late = learners.subList(LEARNERS / 2, LEARNERS);
			early.forEach((learner) -> writers.add(clients.submit(() -> learner.writeUntil(killed))));
			awaitAll(early, writers);
			late.forEach((learner) -> writers.add(clients.submit(() -> learner.writeUntil(killed))));
			for (Learner learner : learners) {
				if (learner.promoted) {
					learner.registered.await();
					admin.changeRole(learner.username, "INSTRUCTOR");
				}
			}
			awaitAll(late, writers);
			killed.set(true);
			server.kill();
			for (Future<?> writer : writers) {
				// A refusal while the server was up fails the test here.
				writer.get();
			}
		}
		return learners;
	}

	/**
	 * Waits until each learner has enough accepted writes, failing if a writer failed.
	 */
	private static void awaitAll(List<Learner> learners, List<Future<?>> writers) throws Exception {
		for (Learner learner : learners) {
			while (!learner.enough.await(100, TimeUnit.MILLISECONDS)) {
				for (Future<?> writer : writers) {
					if (writer.isDone()) {
						writer.get();
					}
				}
			}
		}
	}

	/**
	 * One learner and what the server accepted from them (and for them, from the admin).
	 */
	private static final class Learner {

		final String username;

		final String password;

		final boolean promoted;

		final LearnerClient client;

		final CountDownLatch registered = new CountDownLatch(1);

		final CountDownLatch enough = new CountDownLatch(1);

		final List<String> submissions = new CopyOnWriteArrayList<>();

		final List<String> runs = new CopyOnWriteArrayList<>();

		Learner(int port, String username, boolean promoted) {
			this.username = username;
			this.password = "survivor-password-" + username;
			this.promoted = promoted;
			this.client = new LearnerClient(port, username, this.password);
		}

		/** Registers, then submits and starts runs until the server is killed. */
		Void writeUntil(AtomicBoolean killed) throws Exception {
			try {
				this.client.register();
				this.registered.countDown();
				while (true) {
					this.submissions.add(this.client.submit(EXERCISE, SUBMISSION));
					this.runs.add(this.client.startRun(PROGRAM));
					if (this.runs.size() >= EACH) {
						this.enough.countDown();
					}
				}
			}
			catch (IOException ex) {
				if (!killed.get()) {
					throw ex;
				}
				return null;
			}
		}

		/**
		 * What the restarted server no longer knows, as lines for the failure message.
		 * @param roles every account's role, from the admin's users page
		 */
		List<String> lostFrom(Map<String, String> roles, int port) throws Exception {
			List<String> lost = new ArrayList<>();
			String role = roles.get(this.username);
			if (role == null) {
				lost.add("account " + this.username);
				return lost;
			}
			String expected = this.promoted ? "INSTRUCTOR" : "LEARNER";
			if (!role.equals(expected)) {
				lost.add("role " + expected + " of " + this.username + " (now " + role + ")");
			}
			LearnerClient restarted = new LearnerClient(port, this.username, this.password);
			for (String id : this.submissions) {
				int status = restarted.statusOf("/api/submissions/" + id);
				if (status != 200) {
					lost.add("submission " + id + " of " + this.username + " (" + status + ")");
				}
			}
			for (String id : this.runs) {
				int status = restarted.statusOf("/api/runs/" + id);
				if (status != 200) {
					lost.add("run " + id + " of " + this.username + " (" + status + ")");
				}
			}
			return lost;
		}

	}

}
