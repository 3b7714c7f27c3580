package dev.looplab.sandbox;

import java.time.Duration;

/**
 * The CPU time and the real time one job in a sandbox JVM may use: a run's come from the
 * server's settings, a grading's from its exercise, capped at {@link #MAX}.
 *
 * @param cpu the CPU budget the runner enforces
 * @param wall the real time after which the server stops the JVM
 */
record JobLimits(Duration cpu, Duration wall) {

	/** No job may use more, whatever an exercise asks for. */
	static final Duration MAX = Duration.ofSeconds(60);

	private static final Duration MIN = Duration.ofSeconds(1);

	/** The limits of a plain run: the server's settings. */
	static JobLimits forRun(SandboxProperties properties) {
		return new JobLimits(CpuBudget.limitFor(properties), properties.wallLimit());
	}

	/** The grading's own limits where it has them, the server's otherwise; capped. */
	static JobLimits forGrading(GradeJob job, SandboxProperties properties) {
		JobLimits defaults = forRun(properties);
		return new JobLimits(capped((job.cpuLimit() != null) ? job.cpuLimit() : defaults.cpu()),
				capped((job.wallLimit() != null) ? job.wallLimit() : defaults.wall()));
	}

	private static Duration capped(Duration limit) {
		return (limit.compareTo(MAX) > 0) ? MAX : (limit.compareTo(MIN) < 0) ? MIN : limit;
	}

}
