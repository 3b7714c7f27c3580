package dev.looplab.web;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.looplab.catalog.Chapter;
import dev.looplab.catalog.Course;
import dev.looplab.catalog.Exercise;
import dev.looplab.catalog.ExerciseFile;
import dev.looplab.catalog.ExerciseLimits;
import dev.looplab.grading.ExerciseProgress;
import dev.looplab.grading.Feedback;
import dev.looplab.grading.RecordedProgramRun;
import dev.looplab.grading.Submission;
import dev.looplab.grading.SubmissionDetails;
import dev.looplab.grading.SubmissionStatus;
import dev.looplab.grading.TestOutcome;
import dev.looplab.sandbox.SandboxEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grading pages and the feedback fragments their streams carry, rendered from
 * {@code templates/grading}.
 */
class GradingTemplatesTests {

	private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");

	private static final Exercise EXERCISE = new Exercise("two-naps", "naps", "Two naps at once", 1,
			"Make them overlap.", 3, "virtual", null, new ExerciseLimits(10, 20), "<p>The <em>task</em>.</p>",
			new ExerciseFile("Naps.java", "class Naps {}"), new ExerciseFile("Naps.java", "class Naps { }"),
			List.of(new ExerciseFile("NapsTests.java", "class NapsTests {}")),
			List.of(new ExerciseFile("NapsFirstLook.java", "class NapsFirstLook { /* <visible> */ }")));

	private static final Chapter CHAPTER = new Chapter("naps", "Naps", 1, "About naps.", "<p>Naps.</p>", List.of(),
			List.of(), List.of(EXERCISE));

	private static final TestOutcome FAILED = new TestOutcome("the naps overlap", false, 0, 2,
			"Expected at most 1.0 s, but it took 2.0 s.", 1);

	private static final TestOutcome PASSED = new TestOutcome("prints done", true, 1, 1, "", 1);

	private static final String FEEDBACK_PLACEHOLDER = "Check runs the visible tests";

	private final TemplateRenderer renderer = new TemplateRenderer();

	@Test
	void aFailedTestShowsItsMessageAndLinksToItsProgramRunsTimeline() {
		String html = this.renderer.render("<li th:replace=\"~{grading/feedback :: test(${test}, ${linkBase})}\"></li>",
				Map.of("test", FAILED, "linkBase", "/submissions/s1"));

		assertThat(html).contains("class=\"test test-failed\"")
			.contains("<span class=\"test-name\">the naps overlap</span>")
			.contains("0 / 2 points")
			.contains("Expected at most 1.0 s, but it took 2.0 s.")
			.contains("href=\"/submissions/s1?run=1#program-run-1\"");
	}

	@Test
	void aPassedTestHasNoMessageAndNoTimelineLink() {
		String html = this.renderer.render("<li th:replace=\"~{grading/feedback :: test(${test}, ${linkBase})}\"></li>",
				Map.of("test", PASSED, "linkBase", "/submissions/s1"));

		assertThat(html).contains("test-passed").contains("1 / 1 point<").doesNotContain("timeline-link");
	}

	@Test
	void theFeedbackShowsTheScoreTheMessageAndEveryTest() {
		String html = this.renderer.render(
				"<div th:replace=\"~{grading/feedback :: done(${feedback}, ${linkBase})}\"></div>",
				Map.of("feedback", feedback(1), "linkBase", "/submissions/s1"));

		assertThat(html).contains("feedback-partial")
			.contains("<strong class=\"score\">1 / 3</strong>")
			.contains("1 of 2 tests pass")
			.contains("the naps overlap")
			.contains("prints done");
		assertThat(
				this.renderer.render("<div th:replace=\"~{grading/feedback :: done(${feedback}, ${linkBase})}\"></div>",
						Map.of("feedback", feedback(3), "linkBase", "/submissions/s1")))
			.contains("feedback-full")
			.contains("Full marks");
	}

	@Test
	void aFailedGradingSaysSoWithoutAScore() {
		Feedback failed = new Feedback(SubmissionStatus.FAILED, null, 3, "The grader itself failed, twice.", List.of(),
				List.of(), List.of());
		String html = this.renderer.render(
				"<div th:replace=\"~{grading/feedback :: done(${feedback}, ${linkBase})}\"></div>",
				Map.of("feedback", failed, "linkBase", "/submissions/s1"));

		assertThat(html).contains("feedback-failed").contains("Grader failed").doesNotContain("class=\"score\"");
	}

	@Test
	void theLiveFeedbackConnectsToItsStreamAndClosesOnDone() {
		String html = this.renderer.render(
				"<section th:replace=\"~{grading/feedback :: live(${streamUrl}, ${linkBase}, 'submission')}\"></section>",
				Map.of("streamUrl", "/submissions/s1/stream", "linkBase", "/submissions/s1"));

		assertThat(html).contains("sse-connect=\"/submissions/s1/stream\"")
			.contains("sse-close=\"done\"")
			.contains("sse-swap=\"test\"")
			.contains("sse-swap=\"done\"")
			.contains("href=\"/submissions/s1\"");
	}

	@Test
	void theExercisePageOffersCheckAndSubmitToASignedInLearner() {
		Map<String, Object> model = page(Map.of("exercise", EXERCISE, "chapter", CHAPTER, "source", "class Mine {}"));
		model.put("currentUser", "ada");
		model.put("latest", null);
		model.put("progress", null);
		String html = this.renderer.render("grading/exercise", model);

		assertThat(html).contains("<h1>Two naps at once</h1>")
			.contains("<p>The <em>task</em>.</p>")
			.contains(">class Mine {}</textarea>")
			.contains("<template class=\"original-source\">class Naps {}</template>")
			.contains("hx-post=\"/exercises/two-naps/check\"")
			.contains("formaction=\"/exercises/two-naps/submissions\"")
			.contains("NapsFirstLook.java")
			.contains("/* &lt;visible&gt; */")
			.doesNotContain("to check and submit");
	}

	@Test
	void theExercisePageAsksAnonymousVisitorsToLogInAndShowsTheLatestFeedback() {
		Map<String, Object> model = page(Map.of("exercise", EXERCISE, "chapter", CHAPTER, "source", "class Naps {}"));
		model.put("latest", null);
		model.put("progress", null);
		assertThat(this.renderer.render("grading/exercise", model)).contains("to check and submit")
			.doesNotContain("submit-button");

		model.put("currentUser", "ada");
		model.put("latest", details(1));
		model.put("progress", new ExerciseProgress("ada", "two-naps", 2, 1, 3, details(1).submission()));
		assertThat(this.renderer.render("grading/exercise", model)).contains("Your latest submission")
			.contains("Your best: 1 / 3 after 2 attempts")
			.contains("href=\"/submissions/" + ID + "?run=1#program-run-1\"");
	}

	@Test
	void theExercisePageShowsAFinishedLatestSubmissionOnceFromItsRecord() {
		String html = this.renderer.render("grading/exercise", signedIn(details(1)));

		// A conditional beside th:replace on one tag is ignored (th:replace is applied
		// first), which once added a live copy of this feedback and the placeholder.
		assertThat(html).containsOnlyOnce("<strong class=\"score\">1 / 3</strong>")
			.doesNotContain("sse-connect")
			.doesNotContain(FEEDBACK_PLACEHOLDER);
	}

	@Test
	void theExercisePageFollowsAQueuedLatestSubmissionLive() {
		SubmissionDetails graded = details(1);
		Submission queued = new Submission(ID, "two-naps", "ada", "class Naps {}", SubmissionStatus.QUEUED, null, 3,
				null, 0, graded.submission().createdAt(), null, null);
		String html = this.renderer.render("grading/exercise",
				signedIn(new SubmissionDetails(queued, List.of(), List.of(), List.of())));

		assertThat(html).containsOnlyOnce("sse-connect=\"/submissions/" + ID + "/stream\"")
			.doesNotContain("class=\"score\"")
			.doesNotContain(FEEDBACK_PLACEHOLDER);
	}

	@Test
	void theExercisePageWithoutASubmissionShowsOnlyThePlaceholder() {
		String html = this.renderer.render("grading/exercise", signedIn(null));

		assertThat(html).containsOnlyOnce(FEEDBACK_PLACEHOLDER)
			.doesNotContain("Your latest submission")
			.doesNotContain("sse-connect");
	}

	@Test
	void aChapterWithoutExercisesHasNoExercisesSection() {
		Chapter plain = new Chapter("naps", "Naps", 1, "About naps.", "<p>Naps.</p>", List.of(), List.of(), List.of());
		Map<String, Object> model = page(Map.of("chapter", plain, "course", new Course(List.of(plain))));
		model.put("previous", null);
		model.put("next", null);
		model.put("exerciseProgress", null);

		assertThat(this.renderer.render("chapter", model)).doesNotContain("chapter-exercises");
	}

	@Test
	void theSubmissionPageShowsCodeFeedbackAndATimelinePerProgramRun() {
		Map<String, Object> model = page(Map.of("heading", "Submission", "exercise", EXERCISE, "submission",
				details(1).submission(), "feedback", feedback(1), "streamUrl", "/submissions/s1/stream", "linkBase",
				"/submissions/s1", "selectedRun", 1));
		String html = this.renderer.render("grading/submission", model);

		assertThat(html).contains("By ada")
			.contains("class Naps { void main() {} }")
			.contains("id=\"program-run-1\"")
			.contains("is-selected")
			.contains("Program run 1: main()")
			.contains("<span class=\"text\">woke a</span>")
			.contains("data-task-name=\"nap-a\"")
			.contains("class=\"timeline\"");
	}

	@Test
	void theProgressPageListsEachExerciseAndTheHistory() {
		SubmissionDetails latest = details(1);
		Map<String, Object> model = page(Map.of("chapters", List.of(CHAPTER), "progress",
				Map.of("two-naps", new ExerciseProgress("ada", "two-naps", 2, 3, 3, latest.submission())), "history",
				List.of(latest), "exercises", Map.of("two-naps", EXERCISE)));
		String html = this.renderer.render("grading/progress", model);

		assertThat(html).contains("Two naps at once")
			.contains("<td>2</td>")
			.contains("<td>3 / 3</td>")
			.contains("href=\"/submissions/" + ID + "\"")
			.contains("class Naps { void main() {} }")
			.contains("the naps overlap");
	}

	@Test
	void aChapterListsItsExercisesWithTheLearnersBestScore() {
		String html = this.renderer.render(
				"<section th:replace=\"~{grading/exercises :: list(${exercises}, ${progress})}\"></section>",
				Map.of("exercises", List.of(EXERCISE), "progress",
						Map.of("two-naps", new ExerciseProgress("ada", "two-naps", 1, 1, 3, details(1).submission()))));

		assertThat(html).contains("href=\"/exercises/two-naps\"").contains("Best: 1 / 3");
	}

	private static Feedback feedback(int score) {
		RecordedProgramRun run = new RecordedProgramRun(1, "main()",
				List.of(new SandboxEvent.Output(SandboxEvent.Channel.STDOUT, "woke a", 3),
						new SandboxEvent.Trace(1, "created", 2, "nap-a", "", "", 0, 0, 3)));
		List<TestOutcome> tests = (score == 3) ? List.of(new TestOutcome("the naps overlap", true, 2, 2, "", 1), PASSED)
				: List.of(FAILED, PASSED);
		return new Feedback(SubmissionStatus.GRADED, score, 3,
				(score == 3) ? "All 2 tests pass: 3 of 3 points." : "1 of 2 tests pass: 1 of 3 points.", tests,
				List.of(run), List.of());
	}

	private static SubmissionDetails details(int score) {
		Feedback feedback = feedback(score);
		Submission submission = new Submission(ID, "two-naps", "ada", "class Naps { void main() {} }",
				SubmissionStatus.GRADED, score, 3, feedback.message(), 1, Instant.parse("2026-11-29T12:00:00Z"),
				Instant.parse("2026-11-29T12:00:01Z"), Instant.parse("2026-11-29T12:00:05Z"));
		return new SubmissionDetails(submission, feedback.tests(), feedback.programRuns(), List.of());
	}

	private static Map<String, Object> signedIn(SubmissionDetails latest) {
		Map<String, Object> model = page(Map.of("exercise", EXERCISE, "chapter", CHAPTER, "source", "class Naps {}"));
		model.put("currentUser", "ada");
		model.put("latest", latest);
		model.put("progress", null);
		return model;
	}

	private static Map<String, Object> page(Map<String, Object> model) {
		Map<String, Object> all = new HashMap<>(model);
		all.put("currentUser", null);
		all.put("currentUserRoles", Set.of());
		all.put("selfRegistration", true);
		return all;
	}

}
