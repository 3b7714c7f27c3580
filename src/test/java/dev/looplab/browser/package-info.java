/**
 * End-to-end tests in a real headless Chromium, driven by Playwright, against the whole
 * application.
 */
package dev.looplab.browser;
