package dev.looplab.sandbox;

/**
 * One use of an API that learner programs may not use.
 *
 * @param className the binary name of the learner class that uses it
 * @param line the source line of the use, or 0 when the class file does not say (a field
 * or method declaration, a superclass)
 * @param denial what is used and why it is not allowed
 */
record BytecodeViolation(String className, long line, ApiPolicy.Denial denial) {

	BytecodeViolation atLine(long sourceLine) {
		return new BytecodeViolation(this.className, sourceLine, this.denial);
	}

}
