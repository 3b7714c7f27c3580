package dev.looplab.sandbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits and sizes of the sandbox, bound from {@code looplab.sandbox.*}.
 *
 * @param wallLimit how long a program may run, in real time, before it is stopped
 * @param heapMegabytes the maximum heap of a sandbox JVM
 * @param outputLimitBytes how much stdout and stderr together a run may print
 * @param compileTimeout how long the compiler may take
 * @param poolSize how many sandbox JVMs are kept started and warmed ahead of need
 * @param javaHome the JDK whose {@code bin/java} runs the sandbox JVMs (default: the
 * server's own)
 * @param minimumIsolation the weakest isolation the server accepts ({@code none},
 * {@code rlimits}, {@code bwrap} or {@code bwrap+cgroup}); below it the server refuses to
 * start
 * @param isolation how sandbox JVMs are isolated from the host
 * @param eventBudgetBytes how many bytes of output, trace and diagnostics one run (or one
 * grading) may keep, measured as stored; past it the trace is cut with a marker
 * @param compilerWarmupCompiles how many sample compiles a compiler JVM does before it
 * takes work: more costs CPU at each start, fewer makes the first compiles slower (the
 * tests, which start many servers, use fewer)
 */
@ConfigurationProperties("looplab.sandbox")
public record SandboxProperties(@DefaultValue("15s") Duration wallLimit, @DefaultValue("64") int heapMegabytes,
		@DefaultValue("65536") int outputLimitBytes, @DefaultValue("10s") Duration compileTimeout,
		@DefaultValue("2") int poolSize, String javaHome, @DefaultValue("none") String minimumIsolation,
		@DefaultValue IsolationProperties isolation, @DefaultValue("2097152") long eventBudgetBytes,
		@DefaultValue("40") int compilerWarmupCompiles) {

	/**
	 * Two MiB: about 11,000 ordinary trace events and a full output cap; a timeline holds
	 * no more than a learner can follow.
	 */
	public static final long DEFAULT_EVENT_BUDGET_BYTES = 2 * 1024 * 1024;

	@ConstructorBinding
	public SandboxProperties {
	}

	/**
	 * A short warm-up, for tests and tools: they start compilers often and compile little
	 * with each.
	 */
	static final int QUICK_COMPILER_WARMUP_COMPILES = 8;

	/** Limits with a short compiler warm-up, for tests and tools. */
	public SandboxProperties(Duration wallLimit, int heapMegabytes, int outputLimitBytes, Duration compileTimeout,
			int poolSize, String javaHome, String minimumIsolation, IsolationProperties isolation,
			long eventBudgetBytes) {
		this(wallLimit, heapMegabytes, outputLimitBytes, compileTimeout, poolSize, javaHome, minimumIsolation,
				isolation, eventBudgetBytes, QUICK_COMPILER_WARMUP_COMPILES);
	}

	/** Limits with the default event budget, for tests and tools. */
	public SandboxProperties(Duration wallLimit, int heapMegabytes, int outputLimitBytes, Duration compileTimeout,
			int poolSize, String javaHome, String minimumIsolation, IsolationProperties isolation) {
		this(wallLimit, heapMegabytes, outputLimitBytes, compileTimeout, poolSize, javaHome, minimumIsolation,
				isolation, DEFAULT_EVENT_BUDGET_BYTES);
	}

	/** Limits with the default isolation, for tests and tools. */
	public SandboxProperties(Duration wallLimit, int heapMegabytes, int outputLimitBytes, Duration compileTimeout,
			int poolSize, String javaHome) {
		this(wallLimit, heapMegabytes, outputLimitBytes, compileTimeout, poolSize, javaHome, "none",
				IsolationProperties.defaults(), DEFAULT_EVENT_BUDGET_BYTES);
	}

	String javaHomeOrOwn() {
		return (this.javaHome != null && !this.javaHome.isBlank()) ? this.javaHome : System.getProperty("java.home");
	}

	String javaExecutable() {
		return javaHomeOrOwn() + "/bin/java";
	}

}
