package dev.looplab.sandbox;

/**
 * The place of one isolated JVM while it exists: its index picks its user id and names
 * its cgroup, so no two live sandboxes share either.
 *
 * @param index the slot number, unique among the live sandboxes of one {@link Isolation}
 * @param uid the user the JVM runs as, or -1 when the server cannot switch users
 * @param cgroup its cgroup, or null where the host has none
 * @param limits what it may use
 */
record IsolationSlot(int index, int uid, CgroupSlot cgroup, IsolationLimits limits) {

	/** Whether the memory cgroup killed something in this slot. */
	boolean memoryLimitHit() {
		return this.cgroup != null && this.cgroup.memoryLimitHit();
	}

	/** Whether a thread or process could not start because of the pids limit. */
	boolean processLimitHit() {
		return this.cgroup != null && this.cgroup.processLimitHit();
	}

}
