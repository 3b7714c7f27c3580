package dev.looplab.catalog;

/**
 * What one grading of an exercise may use: CPU time and real time, in seconds, for the
 * whole sandbox JVM (the learner's program and every test together).
 */
public record ExerciseLimits(int cpuSeconds, int wallSeconds) {

	/** The limits an exercise gets when its front matter names none. */
	public static final ExerciseLimits DEFAULTS = new ExerciseLimits(10, 20);

}
