package dev.looplab.grading.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is asking, as far as submissions care: their name, and whether they are staff (an
 * instructor or an admin), who may see every learner's submissions.
 */
record Viewer(String name, boolean staff) {

	static Viewer of(Authentication authentication) {
		boolean staff = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch((role) -> "ROLE_INSTRUCTOR".equals(role) || "ROLE_ADMIN".equals(role));
		return new Viewer(authentication.getName(), staff);
	}

	/** Learners see their own submissions only; staff see all. */
	boolean maySee(String owner) {
		return this.staff || this.name.equals(owner);
	}

}
