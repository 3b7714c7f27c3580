package dev.looplab.sandbox;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sandbox JVMs are isolated from the host, bound from
 * {@code looplab.sandbox.isolation.*}.
 *
 * @param enabled whether to isolate at all (off only to measure what isolation costs)
 * @param memoryMegabytes cgroup memory limit of one sandbox JVM, everything included
 * @param maxProcesses cgroup limit on processes and threads of one sandbox JVM
 * @param cpus CPU bandwidth of one sandbox JVM, in CPUs
 * @param tmpMegabytes size of the private {@code /tmp} and of the largest file
 * @param openFiles open file descriptors per process
 * @param firstUid the user id of slot 0 when the server runs as root; slot n runs as
 * {@code firstUid + n}
 * @param maxSlots how many isolated JVMs may exist at once (each has its own uid)
 * @param aotCache whether to train and use a JDK AOT cache for the runner jar
 * @param aotCacheDirectory where the runner jar and its AOT cache are kept (default: a
 * folder under the system temporary directory)
 */
record IsolationProperties(@DefaultValue("true") boolean enabled, @DefaultValue("256") int memoryMegabytes,
		@DefaultValue("128") int maxProcesses, @DefaultValue("1.0") double cpus, @DefaultValue("16") int tmpMegabytes,
		@DefaultValue("128") int openFiles, @DefaultValue("61000") int firstUid, @DefaultValue("64") int maxSlots,
		@DefaultValue("true") boolean aotCache, String aotCacheDirectory) {

	/** The values used when nothing is configured. */
	static IsolationProperties defaults() {
		return new IsolationProperties(true, 256, 128, 1.0, 16, 128, 61000, 64, true, null);
	}

}
