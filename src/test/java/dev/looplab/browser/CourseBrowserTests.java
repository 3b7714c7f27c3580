package dev.looplab.browser;

import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
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
 * A newcomer's first minutes in a real browser: open the course, read the first chapter,
 * run its example and watch the lines arrive before the result, edit the code, see a
 * compile error marked in the editor, and log in and out. Every page must load without a
 * console error, which includes Content-Security-Policy violations.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1",
				"looplab.admin.password=browser-test-admin-password", "looplab.runs.rate-limit.capacity=1000" })
class CourseBrowserTests {

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
	void runTheFirstChaptersExampleAndWatchLinesArriveBeforeTheResult() {
		this.page.navigate(url("/"));
		this.page
			.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Waiting is the problem"))
			.first()
			.click();
		assertThat(this.page.locator("h1")).containsText("Waiting is the problem");
		Locator panel = this.page.locator(".run-panel").first();
		assertThat(panel.locator(".cm-editor")).isVisible();

		panel.locator(".run-button").click();
		Locator firstLine = panel.locator(".console .lines li.stdout").first();
		// Generous: on a server that has just started, the compilers may still be warming
		// up.
		assertThat(firstLine)
			.isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
		// The crawler needs about ten seconds: its first lines are on screen long before
		// the result.
		assertThat(panel.locator(".console .result .verdict")).hasCount(0);
		assertThat(panel.locator(".console .result .verdict")).containsText("OK",
				new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
		assertThat(panel.locator(".console .lines li.stdout").count()).isGreaterThan(4);
		// Kept for people reviewing a change: what the learner saw.
		this.page.screenshot(
				new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots/chapter-run.png"))
					.setFullPage(false));
	}

	@Test
	void editTheExampleRunItWithTheKeyboardAndSeeCompileErrorsInTheEditor() {
		this.page.navigate(url("/chapters/waiting-is-the-problem"));
		Locator panel = this.page.locator(".run-panel").first();
		Locator editor = panel.locator(".cm-content");
		editor.click();
		this.page.keyboard().press("ControlOrMeta+a");
		this.page.keyboard().press("Delete");
		editor.pressSequentially("void main() {\nIO.println(\"edited in the browser\");\n");
		this.page.keyboard().press("Control+Enter");
		assertThat(panel.locator(".console .lines li.stdout")).containsText("edited in the browser");
		assertThat(panel.locator(".console .result .verdict")).containsText("OK");

		editor.click();
		this.page.keyboard().press("ControlOrMeta+a");
		this.page.keyboard().press("Delete");
		editor.pressSequentially("void main() {\nint x = \"text\";\n");
		panel.locator(".run-button").click();
		assertThat(panel.locator(".console .lines li.diagnostic")).containsText("line 2");
		assertThat(panel.locator(".console .result .verdict")).containsText("Compile error");
		assertThat(panel.locator(".cm-lintRange-error")).hasCount(1);
	}

	@Test
	void anEventLoopRunDrawsItsTimelineAndReplaysIt() {
		this.page.navigate(url("/chapters/coroutines-and-the-event-loop"));
		Locator panel = this.page.locator("#example-coroutines-and-the-event-loop-two-workers");
		assertThat(panel.locator(".clock-select")).hasValue("virtual");
		panel.locator(".run-button").click();
		assertThat(panel.locator(".console .result .verdict")).containsText("OK");
		assertThat(panel.locator(".console .lines li.stdout").last()).containsText("elapsed 2.0");

		Locator timeline = panel.locator(".timeline");
		assertThat(timeline).isVisible();
		assertThat(timeline.locator(".lane-label")).hasText(new String[] { "main", "alpha", "beta" });
		assertThat(timeline.locator(".tick-label").last()).hasText("2");
		assertThat(timeline.locator(".trace")).containsText("task alpha waits for timer");
		// Details on keyboard focus, as on hover.
		timeline.locator(".segment.state-timer").first().focus();
		assertThat(timeline.locator(".timeline-detail")).containsText("waits for timer");

		// Replay at 0.25x: after a moment, the loop's clock has not yet reached alpha's
		// wake-up at 1 s, so its last lines are still hidden.
		timeline.locator(".timeline-speed").selectOption("0.25");
		timeline.locator(".timeline-play").click();
		assertThat(timeline.locator(".timeline-play")).hasText("Pause");
		assertThat(panel.locator(".console .lines li.is-future").first()).isAttached();
		assertThat(panel.locator(".console .lines li.stdout:not(.is-future)").first()).containsText("main begins");
		timeline.locator(".timeline-end").click();
		assertThat(panel.locator(".console .lines li.is-future")).hasCount(0);
		assertThat(timeline.locator(".timeline-clock")).hasText("2.000 s");
		this.page
			.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots/timeline.png"))
				.setFullPage(false));
	}

	@Test
	void logInAndOut() {
		this.page.navigate(url("/login"));
		this.page.locator("#username").fill("admin");
		this.page.locator("#password").fill("browser-test-admin-password");
		this.page.locator("form.account-form button[type=submit]").click();
		assertThat(this.page.locator(".account-name")).containsText("admin");

		this.page.locator(".logout-form button").click();
		assertThat(this.page.locator(".site-header")).containsText("Log in");
		assertThat(this.page.locator(".account-name")).hasCount(0);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
