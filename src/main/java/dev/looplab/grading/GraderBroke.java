package dev.looplab.grading;

/**
 * The sandbox failed while grading (not the learner's code): the grading is tried again
 * or, after that, marked FAILED.
 */
class GraderBroke extends RuntimeException {

	GraderBroke(String message) {
		super(message);
	}

}
