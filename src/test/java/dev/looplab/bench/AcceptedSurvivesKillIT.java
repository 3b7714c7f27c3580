package dev.looplab.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

	/** Light start-ups: one warm sandbox JVM, no AOT cache training, one grader. */
	private static final String[] SETTINGS = { "--looplab.admin.password=" + ADMIN_PASSWORD,
			"--looplab.sandbox.pool-size=1", "--looplab.sandbox.isolation.aot-cache=false",
			"--looplab.grading.concurrency=1" };

	private static final int LEARNERS = 6;

	private static final int EACH = 2;

	/** Learners the admin makes instructors during the burst. */
	private static final int PROMOTED = 2;

	private static final String EXERCISE = "four-pages-at-once";

	private static final String SUBMISSION = """
						import java.util.List;
			import java.util.Map;

						public class Crawler {
						    public static List<String> crawl(List<String> urls) {
						        return urls;
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
		List<Accepted> accepted = new ArrayList<>();
		try (ServerProcess server = ServerProcess.start(jar, this.data, SETTINGS)) {
			accepted.addAll(burst(server.port()));
			// At once: the last answers came a moment ago.
			server.kill();
		}
		try (ServerProcess server = ServerProcess.start(jar, this.data, SETTINGS)) {
			Map<String, String> roles = AdminClient.signIn(server.port(), ADMIN_PASSWORD).roles();
			List<String> lost = new ArrayList<>();
			for (Accepted learner : accepted) {
				lost.addAll(learner.lostFrom(roles,
						new LearnerClient(server.port(), learner.username(), learner.password())));
			}
			assertThat(lost).as("accepted before the kill, missing after the restart").isEmpty();
		}
	}

	/**
	 * The learners register, submit and run, all at once; the admin promotes some of
	 * them.
	 */
	private static List<Accepted> burst(int port) throws Exception {
		AdminClient admin = AdminClient.signIn(port, ADMIN_PASSWORD);
		try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<Accepted>> learners = new ArrayList<>();
			for (int i = 0; i < LEARNERS; i++) {
				String username = "survivor%02d".formatted(i);
				boolean promoted = i < PROMOTED;
				learners.add(clients.submit(() -> {
					LearnerClient learner = new LearnerClient(port, username, "survivor-password-" + username);
					learner.register();
					List<String> submissions = new ArrayList<>();
					List<String> runs = new ArrayList<>();
					for (int n = 0; n < EACH; n++) {
						submissions.add(learner.submit(EXERCISE, SUBMISSION));
						runs.add(learner.startRun(PROGRAM));
					}
					if (promoted) {
						admin.changeRole(username, "INSTRUCTOR");
					}
					return new Accepted(username, "survivor-password-" + username, promoted, submissions, runs);
				}));
			}
			List<Accepted> accepted = new ArrayList<>();
			for (Future<Accepted> learner : learners) {
				accepted.add(learner.get());
			}
			return accepted;
		}
	}

	/** What the server accepted from one learner (and for them, from the admin). */
	private record Accepted(String username, String password, boolean promoted, List<String> submissions,
			List<String> runs) {

		/**
		 * What the restarted server no longer knows, as lines for the failure message.
		 * @param roles every account's role, from the admin's users page
		 */
		List<String> lostFrom(Map<String, String> roles, LearnerClient learner) throws Exception {
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
			for (String id : this.submissions) {
				int status = learner.statusOf("/api/submissions/" + id);
				if (status != 200) {
					lost.add("submission " + id + " of " + this.username + " (" + status + ")");
				}
			}
			for (String id : this.runs) {
				int status = learner.statusOf("/api/runs/" + id);
				if (status != 200) {
					lost.add("run " + id + " of " + this.username + " (" + status + ")");
				}
			}
			return lost;
		}

	}

}
