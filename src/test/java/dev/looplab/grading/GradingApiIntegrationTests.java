package dev.looplab.grading;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import dev.looplab.account.Accounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Real submissions through the real API, graded in the sandbox against the test course's
 * exercise ({@code src/test/resources/grading/course}): stored before the answer, graded
 * with per-test feedback, the same result every time, and refused with a problem body
 * when they cannot be accepted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:grading-api;DB_CLOSE_DELAY=-1",
				"looplab.content-dir=src/test/resources/grading/course", "looplab.runs.max-source-bytes=8192",
				"looplab.grading.submission-rate-limit.capacity=3",
				"looplab.grading.submission-rate-limit.refill-per-minute=1" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GradingApiIntegrationTests {

	static final String PASSWORD = "grading password 1";

	static final Path EXERCISE = Path.of("src/test/resources/grading/course/chapters/01-naps/exercises/two-naps");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	ObjectMapper json;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	void createAccounts(@Autowired Accounts accounts) {
		for (String name : List.of("ada", "grace", "linus", "eager", "edsger")) {
			accounts.registerLearner(name, PASSWORD);
		}
		this.jdbc.sql("update users set role = 'INSTRUCTOR' where username = 'edsger'").update();
	}

	@Test
	void anyoneMayListAndReadTheExercises() throws Exception {
		JsonNode list = this.json.readTree(send("GET", "/api/exercises", null, null).body());
		assertThat(list).hasSize(1);
		assertThat(list.get(0).get("id").asString()).isEqualTo("two-naps");
		assertThat(list.get(0).get("chapterId").asString()).isEqualTo("naps");
		assertThat(list.get(0).get("maxScore").asInt()).isEqualTo(3);
		assertThat(list.get(0).get("title").asString()).isEqualTo("Two naps at once");

		JsonNode one = this.json.readTree(send("GET", "/api/exercises/two-naps", null, null).body());
		assertThat(one.get("starter").asString()).isEqualTo(Files.readString(EXERCISE.resolve("starter/Naps.java")));
		assertThat(one.get("summary").asString()).contains("overlap");
		assertThat(one.get("visibleTests").get(0).get("fileName").asString()).isEqualTo("NapsFirstLook.java");
		assertThat(send("GET", "/api/exercises/no-such-one", null, null).statusCode()).isEqualTo(404);
	}

	@Test
	void theStarterFailsATestWithItsMessageAndTheReferenceGetsFullMarks() throws Exception {
		JsonNode starter = gradedSubmission("ada", starter());
		assertThat(starter.get("exerciseId").asString()).isEqualTo("two-naps");
		assertThat(starter.get("score").asInt()).isEqualTo(1);
		assertThat(starter.get("maxScore").asInt()).isEqualTo(3);
		JsonNode tests = starter.get("tests");
		assertThat(tests).hasSize(2);
		assertThat(tests.get(0).get("name").asString()).isEqualTo("both naps end and main prints done");
		assertThat(tests.get(0).get("passed").asBoolean()).isTrue();
		assertThat(tests.get(0).get("points").asInt()).isEqualTo(1);
		assertThat(tests.get(1).get("name").asString()).isEqualTo("the naps overlap: 1 s of loop time");
		assertThat(tests.get(1).get("passed").asBoolean()).isFalse();
		assertThat(tests.get(1).get("points").asInt()).isZero();
		assertThat(tests.get(1).get("message").asString()).contains("1.0").contains("create both tasks");
		assertThat(tests.get(1).get("programRun").asInt()).isPositive();

		JsonNode reference = gradedSubmission("ada", Files.readString(EXERCISE.resolve("reference/Naps.java")));
		assertThat(reference.get("score").asInt()).isEqualTo(3);
		assertThat(reference.get("tests")).allSatisfy((test) -> assertThat(test.get("passed").asBoolean()).isTrue());
	}

	@Test
	void gradingTheSameCodeTwiceGivesTheSameResult() throws Exception {
		JsonNode first = gradedSubmission("linus", starter());
		JsonNode second = gradedSubmission("linus", starter());
		assertThat(second.get("id")).isNotEqualTo(first.get("id"));
		assertThat(second.get("score")).isEqualTo(first.get("score"));
		assertThat(second.get("message")).isEqualTo(first.get("message"));
		assertThat(second.get("tests")).isEqualTo(first.get("tests"));
	}

	@Test
	void codeThatDoesNotCompileIsGradedZeroWithTheCompilersMessage() throws Exception {
		JsonNode graded = gradedSubmission("grace", "public class Naps { void main() { int x = } }");
		assertThat(graded.get("status").asString()).isEqualTo("GRADED");
		assertThat(graded.get("score").asInt()).isZero();
		assertThat(graded.get("message").asString()).contains("does not compile").contains("line 1");
		assertThat(graded.get("tests")).hasSize(2)
			.allSatisfy((test) -> assertThat(test.get("passed").asBoolean()).isFalse());
	}

	@Test
	void theEventsStreamStatusTestResultsAndTheFeedback() throws Exception {
		String id = submit("grace", starter());
		HttpResponse<String> stream = this.http
			.send(request("GET", "/api/submissions/" + id + "/events", "grace").header("Accept", "text/event-stream")
				.timeout(Duration.ofSeconds(90))
				.build(), HttpResponse.BodyHandlers.ofString());
		List<String> names = new ArrayList<>();
		for (String line : stream.body().split("\n")) {
			if (line.startsWith("event:")) {
				names.add(line.substring(6).strip());
			}
		}
		assertThat(names).startsWith("status").containsSubsequence("program", "test", "test", "done").endsWith("done");
	}

	@Test
	void otherLearnersCannotSeeASubmissionButStaffCan() throws Exception {
		String id = submit("ada", starter());
		assertThat(send("GET", "/api/submissions/" + id, null, "grace").statusCode()).isEqualTo(404);
		assertThat(send("GET", "/api/submissions/" + id, null, null).statusCode()).isEqualTo(401);
		assertThat(send("GET", "/api/submissions/" + id, null, "edsger").statusCode()).isEqualTo(200);
		assertThat(send("GET", "/api/submissions/not-a-uuid", null, "ada").statusCode()).isEqualTo(404);
	}

	@Test
	void onlyStaffMayRegradeAndARegradeGradesAgain() throws Exception {
		String id = this.json.readTree(gradedSubmission("grace", starter()).toString()).get("id").asString();
		assertThat(send("POST", "/api/submissions/" + id + "/regrade", "", "grace").statusCode()).isEqualTo(403);
		assertThat(send("POST", "/api/exercises/two-naps/regrade", "", "grace").statusCode()).isEqualTo(403);

		HttpResponse<String> regrade = send("POST", "/api/submissions/" + id + "/regrade", "", "edsger");
		assertThat(regrade.statusCode()).isEqualTo(202);
		JsonNode again = awaitGraded(id, "grace");
		assertThat(again.get("score").asInt()).isEqualTo(1);
		assertThat(this.jdbc.sql("select grading_count from submissions where id = ?")
			.param(java.util.UUID.fromString(id))
			.query(Integer.class)
			.single()).isEqualTo(2);
		assertThat(send("POST", "/api/exercises/two-naps/regrade", "", "edsger").statusCode()).isEqualTo(202);
	}

	@Test
	void submissionsThatCannotBeAcceptedGetProblemBodies() throws Exception {
		assertProblem(send("POST", "/api/exercises/two-naps/submissions", body("  "), "eager"), 400, "no code");
		assertProblem(send("POST", "/api/exercises/two-naps/submissions", body("x".repeat(9000)), "eager"), 413,
				"limit is 8 KiB");
		assertProblem(send("POST", "/api/exercises/no-such-one/submissions", body(starter()), "eager"), 404,
				"GET /api/exercises");
		assertProblem(send("POST", "/api/exercises/two-naps/submissions", "{not json", "eager"), 400, "not valid JSON");
		assertThat(send("POST", "/api/exercises/two-naps/submissions", body(starter()), null).statusCode())
			.isEqualTo(401);
		for (int i = 0; i < 3; i++) {
			assertThat(send("POST", "/api/exercises/two-naps/submissions", body(starter()), "eager").statusCode())
				.isEqualTo(202);
		}
		HttpResponse<String> limited = send("POST", "/api/exercises/two-naps/submissions", body(starter()), "eager");
		assertProblem(limited, 429, "Wait");
		assertThat(limited.headers().firstValue("Retry-After")).isPresent();
	}

	private JsonNode gradedSubmission(String learner, String source) throws Exception {
		return awaitGraded(submit(learner, source), learner);
	}

	private String submit(String learner, String source) throws Exception {
		HttpResponse<String> response = send("POST", "/api/exercises/two-naps/submissions", body(source), learner);
		assertThat(response.statusCode()).isEqualTo(202);
		JsonNode created = this.json.readTree(response.body());
		assertThat(created.get("status").asString()).isEqualTo("QUEUED");
		String id = created.get("id").asString();
		assertThat(response.headers().firstValue("Location")).hasValue("/api/submissions/" + id);
		return id;
	}

	private JsonNode awaitGraded(String id, String learner) {
		return await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> {
			JsonNode view = this.json.readTree(send("GET", "/api/submissions/" + id, null, learner).body());
			return "GRADED".equals(view.get("status").asString()) ? view : null;
		}, (view) -> view != null);
	}

	private void assertProblem(HttpResponse<String> response, int status, String detail) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(this.json.readTree(response.body()).get("detail").asString()).contains(detail);
	}

	private String body(String source) {
		return this.json.writeValueAsString(Map.of("source", source));
	}

	private static String starter() throws Exception {
		return Files.readString(EXERCISE.resolve("starter/Naps.java"));
	}

	private HttpResponse<String> send(String method, String path, String body, String learner) throws Exception {
		HttpRequest.Builder request = request(method, path, learner);
		request.method(method,
				(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String method, String path, String learner) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (learner != null) {
			String credentials = learner + ":" + PASSWORD;
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return request;
	}

}
