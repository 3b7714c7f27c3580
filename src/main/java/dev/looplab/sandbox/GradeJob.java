package dev.looplab.sandbox;

import java.time.Duration;
import java.util.List;

/**
 * A learner's source to grade with an exercise's tests.
 *
 * @param source the learner's source (one file, named after its public class)
 * @param tests the JUnit Jupiter test classes that grade it (at least one file); trusted
 * code, compiled with the source but neither checked nor instrumented
 * @param schedule the clock and loop order of the learner's program runs
 * @param cpuLimit the CPU time the whole grading may use, or null for the server's
 * default; at most {@link JobLimits#MAX}
 * @param wallLimit the real time it may take, or null for the server's default; at most
 * {@link JobLimits#MAX}
 */
public record GradeJob(String source, List<SourceFile> tests, Sandbox.Schedule schedule, Duration cpuLimit,
		Duration wallLimit) {

	public GradeJob {
		tests = List.copyOf(tests);
		if (tests.isEmpty()) {
			throw new IllegalArgumentException("A grading needs at least one test file");
		}
	}

}
