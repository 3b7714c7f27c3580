package dev.looplab.account.web;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Makes a request look as if the browser sent the cookie of an existing session, which is
 * when servlet containers (and Spring's mocks) let a session id be changed.
 */
final class BrowserSession {

	private BrowserSession() {
	}

	static RequestPostProcessor cookieOf(MockHttpSession session) {
		return (request) -> {
			request.setSession(session);
			request.setRequestedSessionId(session.getId());
			return request;
		};
	}

}
