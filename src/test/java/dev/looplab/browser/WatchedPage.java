package dev.looplab.browser;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh browser context and page for one test, recording every console error and
 * uncaught page error (CSP violations included) so that the test can require none.
 */
final class WatchedPage {

	private final BrowserContext context;

	private final Page page;

	private final List<String> errors = new CopyOnWriteArrayList<>();

	private WatchedPage(BrowserContext context) {
		this.context = context;
		this.context.setDefaultTimeout(20_000);
		this.page = context.newPage();
		this.page.onConsoleMessage((message) -> {
			if (message.type().equals("error")) {
				this.errors.add(message.text());
			}
		});
		this.page.onPageError(this.errors::add);
	}

	static WatchedPage open(Browser browser) {
		return new WatchedPage(browser.newContext());
	}

	Page page() {
		return this.page;
	}

	/** Closes the context, then fails the test if the page reported any error. */
	void closeExpectingNoErrors() {
		this.context.close();
		assertThat(this.errors).as("browser console errors").isEmpty();
	}

}
