package dev.looplab.grading.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.looplab.account.Accounts;
import dev.looplab.grading.GradingService;
import dev.looplab.grading.SubmissionStatus;
import dev.looplab.sandbox.Sandbox;
import dev.looplab.sandbox.SandboxEvent;
import dev.looplab.sandbox.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockReset;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Who may reach which grading page and endpoint: every one of them against an anonymous
 * visitor, the learner who owns the submission, another learner, an instructor and an
 * admin. The sandbox is replaced by one that ends every grading at once, since only the
 * answers' statuses matter here.
 */
@SpringBootTest(properties = { GradingAccessMatrixTests.DATABASE, GradingAccessMatrixTests.CONTENT,
		GradingAccessMatrixTests.NO_SANDBOX_POOL, GradingAccessMatrixTests.ADMIN_PASSWORD,
		GradingAccessMatrixTests.NO_RATE_LIMITS })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GradingAccessMatrixTests {

	static final String DATABASE = "spring.datasource.url=jdbc:h2:mem:grading-pages;DB_CLOSE_DELAY=-1";

	static final String CONTENT = "looplab.content-dir=src/test/resources/grading/course";

	static final String NO_SANDBOX_POOL = "looplab.sandbox.pool-size=0";

	static final String PASSWORD = "access matrix password";

	static final String ADMIN_PASSWORD = "looplab.admin.password=" + PASSWORD;

	static final String NO_RATE_LIMITS = "looplab.grading.submission-rate-limit.capacity=1000";

	/** A page answered with a redirect to the sign-in page. */
	static final int LOGIN = -1;

	/** A page answered with a redirect elsewhere (a form that did its work). */
	static final int MOVED = 302;

	// @formatter:off
	/** {exercise} is the test course's exercise, {submission} one of the owner's. */
	static final List<Access> MATRIX = List.of(
			//                                                             anonymous owner other instructor admin
			page(HttpMethod.GET,  "/exercises/{exercise}",                      200,  200,  200,  200,  200),
			page(HttpMethod.POST, "/exercises/{exercise}/submissions",          LOGIN, MOVED, MOVED, MOVED, MOVED),
			page(HttpMethod.POST, "/exercises/{exercise}/check",                LOGIN, MOVED, MOVED, MOVED, MOVED),
			page(HttpMethod.GET,  "/progress",                                  LOGIN, 200,  200,  200,  200),
			page(HttpMethod.GET,  "/submissions/{submission}",                  LOGIN, 200,  404,  200,  200),
			page(HttpMethod.GET,  "/submissions/{submission}/stream",           LOGIN, 200,  404,  200,  200),
			page(HttpMethod.GET,  "/gradebook",                                 LOGIN, 403,  403,  200,  200),
			page(HttpMethod.GET,  "/gradebook.csv",                             LOGIN, 403,  403,  200,  200),
			page(HttpMethod.GET,  "/gradebook/exercises/{exercise}",            LOGIN, 403,  403,  200,  200),
			page(HttpMethod.POST, "/submissions/{submission}/regrade",          LOGIN, 403,  403,  MOVED, MOVED),
			page(HttpMethod.POST, "/exercises/{exercise}/regrade",              LOGIN, 403,  403,  MOVED, MOVED),
			api(HttpMethod.GET,   "/api/exercises",                             200,  200,  200,  200,  200),
			api(HttpMethod.GET,   "/api/exercises/{exercise}",                  200,  200,  200,  200,  200),
			api(HttpMethod.POST,  "/api/exercises/{exercise}/submissions",      401,  202,  202,  202,  202),
			api(HttpMethod.GET,   "/api/submissions/{submission}",              401,  200,  404,  200,  200),
			api(HttpMethod.GET,   "/api/submissions/{submission}/events",       401,  200,  404,  200,  200),
			api(HttpMethod.POST,  "/api/submissions/{submission}/regrade",      401,  403,  403,  202,  202),
			api(HttpMethod.POST,  "/api/exercises/{exercise}/regrade",          401,  403,  403,  202,  202));
	// @formatter:on

	static final List<Person> PEOPLE = List.of(Person.ANONYMOUS, new Person("owner", "ada", "LEARNER"),
			new Person("other", "grace", "LEARNER"), new Person("instructor", "edsger", "INSTRUCTOR"),
			new Person("admin", "admin", "ADMIN"));

	static final String EXERCISE = "two-naps";

	static final String SOURCE = "public class Naps { public static void main(String[] args) { } }";

	@MockitoBean(reset = MockReset.NONE)
	Sandbox sandbox;

	@Autowired
	MockMvc mvc;

	@Autowired
	GradingService grading;

	String submission;

	@BeforeAll
	void createAccountsAndASubmission(@Autowired Accounts accounts, @Autowired JdbcClient jdbc) {
		accounts.registerLearner("ada", PASSWORD);
		accounts.registerLearner("grace", PASSWORD);
		accounts.registerLearner("edsger", PASSWORD);
		jdbc.sql("update users set role = 'INSTRUCTOR' where username = 'edsger'").update();
		gradeEverythingAtOnce();
		this.submission = this.grading.submit(EXERCISE, SOURCE, "ada").id();
		awaitGraded();
	}

	@BeforeEach
	void gradeEverythingAtOnce() {
		// Every test fails, unreported, with the verdict's message: a score of 0. The
		// stand-in
		// is never reset, so that a grading still queued when a test ends finds it too.
		given(this.sandbox.grade(any(), any(), any())).willReturn(new SandboxEvent.Finished(Verdict.OK, 0, 5, "", 5));
	}

	@Test
	void everyoneGetsExactlyTheAnswerTheMatrixSays() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Access access : MATRIX) {
			for (int column = 0; column < PEOPLE.size(); column++) {
				Person person = PEOPLE.get(column);
				// A regrade leaves the submission queued for a moment; each cell starts
				// from a
				// graded one.
				awaitGraded();
				MockHttpServletResponse response = this.mvc.perform(request(access, person)).andReturn().getResponse();
				String outcome = outcome(response);
				String expected = describe(access.expected()[column]);
				if (!outcome.equals(expected)) {
					wrong.add("%s %s as %s: expected %s, got %s".formatted(access.method(), access.path(),
							person.column(), expected, outcome));
				}
			}
		}
		assertThat(wrong).as("cells of the access matrix that do not hold").isEmpty();
	}

	private MockHttpServletRequestBuilder request(Access access, Person person) {
		String uri = access.path().replace("{exercise}", EXERCISE).replace("{submission}", this.submission);
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(access.method(), uri);
		if (access.method() == HttpMethod.POST) {
			request.with(csrf());
			if (access.api() && uri.endsWith("/submissions")) {
				request.contentType(MediaType.APPLICATION_JSON).content("{\"source\": \"" + SOURCE + "\"}");
			}
			else if (uri.endsWith("/submissions") || uri.endsWith("/check")) {
				request.param("source", SOURCE);
			}
		}
		if (person != Person.ANONYMOUS) {
			request.with(access.api() ? httpBasic(person.name(), PASSWORD) : user(person.name()).roles(person.role()));
		}
		return request;
	}

	private void awaitGraded() {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.grading.find(UUID.fromString(this.submission))
				.orElseThrow()
				.submission()
				.status() == SubmissionStatus.GRADED);
	}

	private static String outcome(MockHttpServletResponse response) {
		String location = response.getRedirectedUrl();
		if (response.getStatus() == 302 && location != null && location.endsWith("/login")) {
			return "a redirect to /login";
		}
		return Integer.toString(response.getStatus());
	}

	private static String describe(int expected) {
		return (expected == LOGIN) ? "a redirect to /login" : Integer.toString(expected);
	}

	static Access page(HttpMethod method, String path, int... expected) {
		return new Access(method, path, false, expected);
	}

	static Access api(HttpMethod method, String path, int... expected) {
		return new Access(method, path, true, expected);
	}

	/** A row of the matrix: the expected statuses in the order of {@link #PEOPLE}. */
	record Access(HttpMethod method, String path, boolean api, int[] expected) {
	}

	/** A column of the matrix. */
	record Person(String column, String name, String role) {

		static final Person ANONYMOUS = new Person("anonymous", null, null);

	}

}
