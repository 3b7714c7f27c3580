package dev.looplab.run.web;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who a request comes from, for rate limiting: the signed-in user, or else the remote
 * address.
 */
final class ClientKey {

	private ClientKey() {
	}

	static String of(HttpServletRequest request, Principal principal) {
		return (principal != null) ? "user:" + principal.getName() : "addr:" + request.getRemoteAddr();
	}

	static String owner(Principal principal) {
		return (principal != null) ? principal.getName() : null;
	}

}
