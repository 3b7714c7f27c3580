package dev.looplab.account;

/**
 * What an account may do. Spring Security sees each role as the authority
 * {@code ROLE_<name>}.
 */
public enum Role {

	/** Reads chapters, runs examples and submits exercises. */
	LEARNER,

	/** Also writes chapters and exercises and sees learners' progress. */
	INSTRUCTOR,

	/** Also manages accounts. */
	ADMIN

}
