package dev.looplab.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Starts the machine's own Chromium (Debian's, at {@code /usr/bin/chromium}) under
 * Playwright; Playwright's browser download is never used. Without Chromium the browser
 * tests are skipped, except on CI, where that is a failure.
 */
final class Chromium {

	private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
			"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

	private Chromium() {
	}

	static Browser launch(Playwright playwright) {
		Path executable = Path.of(System.getProperty("looplab.chromium", "/usr/bin/chromium"));
		if (!Files.isExecutable(executable)) {
			if ("true".equals(System.getenv("CI"))) {
				fail("Chromium is missing at " + executable + "; install Debian's chromium package");
			}
			assumeTrue(false, "Chromium is not installed at " + executable + "; browser tests skipped");
		}
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(executable).setHeadless(true).setArgs(FLAGS));
	}

	static Playwright playwright() {
		return Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
	}

}
