package dev.looplab.sandbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What isolation this host provides, as found at start-up, and why each missing part is
 * missing.
 *
 * @param prlimit {@code prlimit}, which sets the rlimits, or null
 * @param setpriv {@code setpriv}, present only when the server may switch users
 * @param bubblewrap the bubblewrap sandbox, or null
 * @param cgroups the cgroup tree, or null
 * @param missing for each missing part, the reason
 */
record IsolationSupport(Path prlimit, Path setpriv, BubblewrapSandbox bubblewrap, CgroupTree cgroups,
		Map<String, String> missing) {

	IsolationSupport {
		missing = Collections.unmodifiableMap(new LinkedHashMap<>(missing));
	}

	IsolationLevel level() {
		if (this.bubblewrap != null && this.cgroups != null
				&& this.cgroups.controllers().containsAll(List.of("memory", "pids"))) {
			return IsolationLevel.BWRAP_CGROUP;
		}
		if (this.bubblewrap != null) {
			return IsolationLevel.BWRAP;
		}
		return (this.prlimit != null) ? IsolationLevel.RLIMITS : IsolationLevel.NONE;
	}

	/**
	 * For example {@code bwrap+cgroup(memory,pids,cpu)+uid+rlimits} or
	 * {@code rlimits only}.
	 */
	String describe() {
		List<String> parts = new ArrayList<>();
		if (this.bubblewrap != null) {
			parts.add("bwrap");
		}
		if (this.cgroups != null) {
			parts.add("cgroup(" + String.join(",", this.cgroups.controllers()) + ")");
		}
		if (this.setpriv != null) {
			parts.add("uid");
		}
		if (this.prlimit != null) {
			parts.add("rlimits");
		}
		if (parts.isEmpty()) {
			return "none";
		}
		return (parts.size() == 1 && this.prlimit != null) ? "rlimits only" : String.join("+", parts);
	}

	/** The reasons, as one line: {@code bwrap (not on the PATH); cgroup (...)}. */
	String describeMissing() {
		return this.missing.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + " (" + entry.getValue() + ")")
			.collect(Collectors.joining("; "));
	}

	/**
	 * The same support minus one part ({@code bwrap}, {@code cgroup}, {@code uid} or
	 * {@code rlimits}) that the host turned out not to allow; any other name only records
	 * the reason.
	 */
	IsolationSupport without(String part, String reason) {
		Map<String, String> more = new LinkedHashMap<>(this.missing);
		more.put(part, reason);
		return switch (part) {
			case "bwrap" -> new IsolationSupport(this.prlimit, this.setpriv, null, this.cgroups, more);
			case "cgroup" -> new IsolationSupport(this.prlimit, this.setpriv, this.bubblewrap, null, more);
			case "uid" -> new IsolationSupport(this.prlimit, null, this.bubblewrap, this.cgroups, more);
			case "rlimits" -> new IsolationSupport(null, this.setpriv, this.bubblewrap, this.cgroups, more);
			default -> new IsolationSupport(this.prlimit, this.setpriv, this.bubblewrap, this.cgroups, more);
		};
	}

}
