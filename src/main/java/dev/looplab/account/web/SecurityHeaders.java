package dev.looplab.account.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers sent with every page.
 */
public final class SecurityHeaders {

	/**
	 * The Content-Security-Policy of every page: only Looplab's own scripts, styles,
	 * fonts and connections, no inline code, and no framing. Templates must therefore
	 * keep scripts in files and avoid {@code style} attributes.
	 */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	private SecurityHeaders() {
	}

	/**
	 * Adds the page headers to Spring Security's defaults (which already send
	 * {@code X-Content-Type-Options: nosniff} and cache control).
	 * @param headers the headers of a filter chain
	 */
	static void forPages(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions((frames) -> frames.deny());
	}

}
