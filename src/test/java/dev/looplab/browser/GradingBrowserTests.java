package dev.looplab.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner's first graded exercise in a real browser: sign up, find the exercise on its
 * chapter, submit the starter and see the failing test with its message, follow the link
 * to the timeline of the program run that failed it, then submit a fix and get full
 * marks. Every page must load without a console error (CSP violations included).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:grading-browser;DB_CLOSE_DELAY=-1",
				"looplab.admin.password=browser-test-admin-password",
				"looplab.content-dir=src/test/resources/grading/course" })
class GradingBrowserTests {

	private static final Path EXERCISE = Path
		.of("src/test/resources/grading/course/chapters/01-naps/exercises/two-naps");

	/**
	 * Grading on a server that has just started waits for its JVMs to warm up (and for
	 * its AOT cache to be trained, which takes long on a busy machine).
	 */
	private static final double GRADING_TIMEOUT = 180_000;

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	int port;

	private WatchedPage watched;

	private Page page;

	@BeforeAll
	static void startBrowser() {
		playwright = Chromium.playwright();
		browser = Chromium.launch(playwright);
	}

	@AfterAll
	static void stopBrowser() {
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void openPage() {
		this.watched = WatchedPage.open(browser);
		this.page = this.watched.page();
	}

	@AfterEach
	void closePage() {
		this.watched.closeExpectingNoErrors();
	}

	@Test
	void submitTheStarterFollowTheFailingTestsTimelineThenSubmitAFix() throws Exception {
		signUp("ada.l");
		this.page.navigate(url("/chapters/naps"));
		Locator exercises = this.page.locator(".chapter-exercises");
		assertThat(exercises).containsText("3 points");
		exercises.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Two naps at once")).click();
		assertThat(this.page.locator("h1")).hasText("Two naps at once");
		Locator panel = this.page.locator("#exercise-panel");
		assertThat(panel.locator(".cm-editor")).isVisible();

		panel.locator(".submit-button").click();
		Locator feedback = this.page.locator("#exercise-feedback");
		assertThat(feedback.locator(".feedback-done .score")).hasText("1 / 3",
				new LocatorAssertions.HasTextOptions().setTimeout(GRADING_TIMEOUT));
		String starterStream = feedback.locator(".feedback-live").getAttribute("sse-connect");
		// The live list of tests stays in the page (hidden) under the final feedback.
		Locator failed = feedback.locator(".feedback-done .test-failed");
		assertThat(failed).hasCount(1);
		assertThat(failed.locator(".test-name")).hasText("the naps overlap: 1 s of loop time");
		assertThat(failed.locator(".test-message")).containsText("at most 1.0 s");
		assertThat(feedback.locator(".feedback-done .test-passed .test-name"))
			.hasText("both naps end and main prints done");
		assertThat(feedback.locator(".feedback-progress")).isHidden();
		this.page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/exercise-feedback.png"))
			.setFullPage(true));

		failed.locator(".timeline-link").click();
		assertThat(this.page.locator("h1")).hasText("Submission");
		Locator run = this.page.locator("#program-run-1");
		assertThat(run).hasClass(java.util.regex.Pattern.compile("is-selected"));
		assertThat(run.locator(".lines")).containsText("done");
		assertThat(run.locator(".timeline")).isVisible();
		assertThat(run.locator(".timeline-lanes svg")).isVisible();
		assertThat(this.page.locator(".submission-code")).containsText("nap(\"a\");");
		this.page.screenshot(
				new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/submission.png")).setFullPage(true));

		// Back on the exercise, the latest submission's feedback is shown once, from the
		// record: nothing streams it again.
		this.page.navigate(url("/exercises/two-naps"));
		assertThat(feedback.locator(".feedback-title")).hasText("Your latest submission");
		assertThat(feedback.locator(".feedback-done .score")).hasText("1 / 3");
		assertThat(feedback.locator(".feedback-live")).hasCount(0);
		assertThat(feedback.locator(".console-placeholder")).hasCount(0);
		Locator editor = this.page.locator("#exercise-panel .cm-content");
		editor.click();
		this.page.keyboard().press("ControlOrMeta+a");
		this.page.keyboard().press("Delete");
		this.page.keyboard().insertText(Files.readString(EXERCISE.resolve("reference/Naps.java")));
		this.page.locator("#exercise-panel .submit-button").click();
		// The new submission's live feedback takes the place of the latest one's.
		Locator fix = feedback.locator(".feedback-live:not([sse-connect=\"" + starterStream + "\"])");
		assertThat(fix).hasCount(1);
		assertThat(feedback.locator(".feedback-title")).hasCount(0);
		assertThat(fix.locator(".feedback-done .score")).hasText("3 / 3",
				new LocatorAssertions.HasTextOptions().setTimeout(GRADING_TIMEOUT));
		assertThat(fix.locator(".feedback-done")).containsText("Full marks");
		assertThat(fix.locator(".feedback-done .test-failed")).hasCount(0);
		assertThat(feedback.locator(".feedback-done .score")).hasCount(1);

		this.page.navigate(url("/progress"));
		Locator row = this.page.locator(".progress-table tbody tr").first();
		assertThat(row).containsText("Two naps at once");
		assertThat(row.locator("td").nth(0)).hasText("2");
		assertThat(row.locator("td").nth(1)).hasText("3 / 3");
	}

	@Test
	void checkRunsTheVisibleTestsAndAnonymousVisitorsAreAskedToLogIn() {
		this.page.navigate(url("/exercises/two-naps"));
		assertThat(this.page.locator(".exercise-sign-in")).containsText("Log in");
		assertThat(this.page.locator(".submit-button")).hasCount(0);
		assertThat(this.page.locator(".visible-tests")).containsText("NapsFirstLook.java");

		signUp("grace.h");
		this.page.navigate(url("/exercises/two-naps"));
		this.page.locator("#exercise-panel .check-button").click();
		Locator feedback = this.page.locator("#exercise-feedback");
		assertThat(feedback.locator(".feedback-done .test-passed .test-name")).hasText("main prints done",
				new LocatorAssertions.HasTextOptions().setTimeout(GRADING_TIMEOUT));
	}

	private void signUp(String name) {
		this.page.navigate(url("/register"));
		this.page.locator("#username").fill(name);
		this.page.locator("#password").fill("a long enough password");
		this.page.locator("#confirmation").fill("a long enough password");
		this.page.locator("form.account-form button[type=submit]").click();
		assertThat(this.page.locator(".account-name")).containsText(name);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
