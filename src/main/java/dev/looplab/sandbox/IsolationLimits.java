package dev.looplab.sandbox;

/**
 * What one isolated JVM may use. The cgroup values bound the whole process tree; the
 * rlimits bound each process and back up the cgroup where the host has none.
 *
 * @param memoryBytes memory of the whole tree, page cache and {@code /tmp} included
 * @param maxProcesses processes and threads of the whole tree
 * @param cpus CPU bandwidth, in CPUs (1.0 is one core's worth of time)
 * @param cpuSeconds CPU time of each process (RLIMIT_CPU)
 * @param fileSizeBytes the largest file a process may write (RLIMIT_FSIZE), also the size
 * of the private {@code /tmp}
 * @param openFiles open file descriptors of each process (RLIMIT_NOFILE)
 */
record IsolationLimits(long memoryBytes, int maxProcesses, double cpus, long cpuSeconds, long fileSizeBytes,
		int openFiles) {

	private static final long MIB = 1024 * 1024;

	/** The limits of a sandbox JVM that runs one learner program. */
	static IsolationLimits forRunner(SandboxProperties properties) {
		IsolationProperties isolation = properties.isolation();
		// CPU time is a backstop for the wall-clock watchdog, with room for warming up; a
		// JVM from the pool may get a grading, whose limits can be larger than a run's.
		long cpuSeconds = Math.max(properties.wallLimit().toSeconds(), JobLimits.MAX.toSeconds()) + 10;
		return new IsolationLimits(isolation.memoryMegabytes() * MIB, isolation.maxProcesses(), isolation.cpus(),
				cpuSeconds, isolation.tmpMegabytes() * MIB, isolation.openFiles());
	}

	/**
	 * The limits of a long-lived compiler JVM: room for javac's heap and its own code,
	 * all the host's cores, a CPU-time limit well above what
	 * {@link IsolatedCompiler#COMPILES_PER_JVM} compiles take, and the same file and
	 * process limits as a run.
	 */
	static IsolationLimits forCompiler(SandboxProperties properties, int heapMegabytes) {
		IsolationProperties isolation = properties.isolation();
		// Every core: javac warms up with its JIT compiling in the background, and a
		// compile is bounded by the compile timeout anyway.
		double cpus = Math.max(isolation.cpus(), Runtime.getRuntime().availableProcessors());
		return new IsolationLimits((heapMegabytes + 192) * MIB, isolation.maxProcesses(), cpus, 3600,
				isolation.tmpMegabytes() * MIB, isolation.openFiles());
	}

	/** The CFS quota for a period of the given length. */
	long cpuQuotaMicros(long periodMicros) {
		return Math.max(1000, Math.round(this.cpus * periodMicros));
	}

}
