package dev.looplab.grading.web;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dev.looplab.account.Accounts;
import dev.looplab.grading.GradingService;
import dev.looplab.grading.SubmissionStatus;
import dev.looplab.sandbox.Sandbox;
import dev.looplab.sandbox.SandboxEvent;
import dev.looplab.sandbox.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockReset;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The gradebook's page, its htmx table and its CSV, and an exercise's submissions with
 * their Regrade buttons, over submissions written straight into the database. Learners
 * here are named {@code quin...} so that the name filter keeps them apart from the other
 * tests' learners in the same database.
 */
@SpringBootTest(properties = { GradingAccessMatrixTests.DATABASE, GradingAccessMatrixTests.CONTENT,
		GradingAccessMatrixTests.NO_SANDBOX_POOL, GradingAccessMatrixTests.ADMIN_PASSWORD,
		GradingAccessMatrixTests.NO_RATE_LIMITS })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GradebookPagesTests {

	static final String EXERCISE = GradingAccessMatrixTests.EXERCISE;

	@MockitoBean(reset = MockReset.NONE)
	Sandbox sandbox;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GradingService grading;

	UUID quinnsBest;

	UUID quinnsLatest;

	@BeforeAll
	void createLearnersAndSubmissions(@Autowired Accounts accounts) {
		accounts.registerLearner("quinn", GradingAccessMatrixTests.PASSWORD);
		accounts.registerLearner("quincy", GradingAccessMatrixTests.PASSWORD);
		accounts.registerLearner("quintus", GradingAccessMatrixTests.PASSWORD);
		this.quinnsBest = insert("quinn", SubmissionStatus.GRADED, 3, "2026-11-29T10:00:00Z");
		this.quinnsLatest = insert("quinn", SubmissionStatus.GRADED, 1, "2026-11-29T11:00:00Z");
		insert("quincy", SubmissionStatus.GRADED, 2, "2026-11-29T10:30:00Z");
	}

	@BeforeEach
	void gradeEverythingAtOnce() throws Exception {
		given(this.sandbox.grade(any(), any(), any())).willReturn(new SandboxEvent.Finished(Verdict.OK, 0, 5, "", 5));
	}

	@Test
	void theBestPolicyLinksTheBestSubmissionAndTheLatestPolicyTheNewest() throws Exception {
		String best = instructor("/gradebook?learner=quin");
		assertThat(best).contains("<h1>Gradebook</h1>", "href=\"/gradebook/exercises/two-naps\"")
			.contains("href=\"/submissions/" + this.quinnsBest + "\">3</a>")
			.contains("2 attempts")
			.doesNotContain("/submissions/" + this.quinnsLatest);
		String latest = instructor("/gradebook?learner=quin&policy=latest");
		assertThat(latest).contains("href=\"/submissions/" + this.quinnsLatest + "\">1</a>")
			.doesNotContain("/submissions/" + this.quinnsBest);
	}

	@Test
	void theFiltersNarrowTheRowsAndHtmxGetsTheTableAlone() throws Exception {
		MvcTestResult table = this.mvc.get()
			.uri("/gradebook?learner=quin&submitted=true")
			.header("HX-Request", "true")
			.with(user("edsger").roles("INSTRUCTOR"))
			.exchange();
		assertThat(table).hasStatusOk();
		String html = table.getResponse().getContentAsString();
		assertThat(html).startsWith("<section id=\"gradebook-table\"").doesNotContain("<html");
		assertThat(html).contains("<th scope=\"row\">quinn</th>", "<th scope=\"row\">quincy</th>")
			.as("quintus never submitted")
			.doesNotContain("quintus");
		assertThat(instructor("/gradebook?learner=quin")).contains("<th scope=\"row\">quintus</th>");
		assertThat(instructor("/gradebook?learner=QUINC")).contains("quincy").doesNotContain("scope=\"row\">quinn<");
		assertThat(instructor("/gradebook?chapter=no-such-chapter")).contains("No exercise matches");
	}

	@Test
	void theCsvIsAnAttachmentWithTheSameFiltersAndPolicy() throws Exception {
		MvcTestResult csv = this.mvc.get()
			.uri("/gradebook.csv?learner=quin&policy=latest&chapter=naps")
			.with(user("edsger").roles("INSTRUCTOR"))
			.exchange();
		assertThat(csv).hasStatusOk()
			.hasHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"gradebook-naps-latest.csv\"");
		assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
		assertThat(csv).hasBodyTextEqualTo("""
				learner,two-naps,total,max\r
				quincy,2,2,3\r
				quinn,1,1,3\r
				quintus,,0,3\r
				""");
	}

	@Test
	void onlyStaffSeeTheGradebookInTheNavigation() throws Exception {
		assertThat(instructor("/progress")).contains("href=\"/gradebook\">Gradebook</a>");
		MvcTestResult learner = this.mvc.get().uri("/progress").with(user("quinn").roles("LEARNER")).exchange();
		assertThat(learner.getResponse().getContentAsString()).doesNotContain("href=\"/gradebook\"");
	}

	@Test
	void regradingFromTheTableQueuesItPollsUntilGradedAndGradesItAgain() throws Exception {
		UUID id = insert("rex", SubmissionStatus.GRADED, 2, "2026-11-29T12:00:00Z");
		assertThat(instructor("/gradebook/exercises/" + EXERCISE)).contains("/submissions/" + id)
			.doesNotContain("every 1s");

		MvcTestResult regraded = this.mvc.post()
			.uri("/submissions/" + id + "/regrade")
			.header("HX-Request", "true")
			.with(user("edsger").roles("INSTRUCTOR"))
			.with(csrf())
			.exchange();
		assertThat(regraded).hasStatusOk();
		assertThat(regraded.getResponse().getContentAsString()).startsWith("<section id=\"exercise-submissions\"")
			.contains("Regrading a submission of rex");

		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.grading.find(id).orElseThrow().submission().status() == SubmissionStatus.GRADED);
		var submission = this.grading.find(id).orElseThrow().submission();
		assertThat(submission.gradingCount()).isEqualTo(2);
		assertThat(submission.score()).as("the stand-in sandbox reports no test passing").isZero();
	}

	@Test
	void theTablePollsWhileASubmissionIsQueued() throws Exception {
		insert("rex", SubmissionStatus.RUNNING, null, "2026-11-29T13:00:00Z");
		assertThat(instructor("/gradebook/exercises/" + EXERCISE)).contains("hx-trigger=\"every 1s\"",
				"hx-get=\"/gradebook/exercises/two-naps\"");
		this.jdbc.sql("delete from submissions where status = 'RUNNING' and owner = 'rex'").update();
	}

	/** Last: it regrades every submission, which the stand-in sandbox scores 0. */
	@Test
	@Order(Integer.MAX_VALUE)
	void regradeAllWithoutJavaScriptComesBackToThePageWithANotice() throws Exception {
		MvcTestResult regraded = this.mvc.post()
			.uri("/exercises/" + EXERCISE + "/regrade")
			.with(user("admin").roles("ADMIN"))
			.with(csrf())
			.exchange();
		assertThat(regraded).hasStatus3xxRedirection().hasRedirectedUrl("/gradebook/exercises/two-naps");
		assertThat(regraded).flash().containsKey("notice");
		assertThat((String) regraded.getMvcResult().getFlashMap().get("notice")).startsWith("Regrading ");
	}

	private String instructor(String uri) throws Exception {
		MvcTestResult result = this.mvc.get().uri(uri).with(user("edsger").roles("INSTRUCTOR")).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString();
	}

	private UUID insert(String owner, SubmissionStatus status, Integer score, String at) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into submissions (id, exercise_id, owner, source, status, score, max_score, grading_count,
				created_at) values (?, ?, ?, ?, ?, ?, 3, 1, ?)""")
			.params(id, EXERCISE, owner, "public class Naps {}", status.name(), score, Instant.parse(at))
			.update();
		return id;
	}

}
