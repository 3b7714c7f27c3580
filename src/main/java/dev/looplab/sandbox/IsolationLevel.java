package dev.looplab.sandbox;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How strongly sandbox JVMs are fenced off from the host, weakest first; the value of
 * {@code looplab.sandbox.minimum-isolation}.
 */
enum IsolationLevel {

	/** Plain child processes with an empty environment. */
	NONE("none"),
	/** Resource limits on CPU time, file size, open files and core dumps. */
	RLIMITS("rlimits"),
	/** bubblewrap namespaces: no network, no view of the host's files or processes. */
	BWRAP("bwrap"),
	/** bubblewrap and cgroup memory and process limits. */
	BWRAP_CGROUP("bwrap+cgroup");

	private final String label;

	IsolationLevel(String label) {
		this.label = label;
	}

	String label() {
		return this.label;
	}

	boolean atLeast(IsolationLevel other) {
		return compareTo(other) >= 0;
	}

	static IsolationLevel parse(String text) {
		String wanted = (text == null || text.isBlank()) ? NONE.label : text.strip().toLowerCase(java.util.Locale.ROOT);
		return Arrays.stream(values())
			.filter((level) -> level.label.equals(wanted))
			.findFirst()
			.orElseThrow(
					() -> new IllegalArgumentException("looplab.sandbox.minimum-isolation must be one of %s, not '%s'"
						.formatted(Arrays.stream(values()).map(IsolationLevel::label).collect(Collectors.joining(", ")),
								text)));
	}

}
