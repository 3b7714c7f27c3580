package dev.looplab.sandbox;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What the start-up log says about the isolation in force, and how it compares with the
 * configured minimum.
 */
class IsolationSupportTests {

	private static final Path TOOL = Path.of("/usr/bin/tool");

	private static final BubblewrapSandbox BWRAP = new BubblewrapSandbox(TOOL, Path.of("/jdk"), List.of(), null, true,
			true);

	private static final CgroupTree ALL_CONTROLLERS = new CgroupV1Tree(
			Map.of("memory", Path.of("/m"), "pids", Path.of("/p"), "cpu", Path.of("/c")));

	@Test
	void everythingIsNamedInOneLine() {
		IsolationSupport full = new IsolationSupport(TOOL, TOOL, BWRAP, ALL_CONTROLLERS, Map.of());

		assertThat(full.describe()).isEqualTo("bwrap+cgroup(memory,pids,cpu)+uid+rlimits");
		assertThat(full.level()).isEqualTo(IsolationLevel.BWRAP_CGROUP);
	}

	@Test
	void rlimitsAloneSayRlimitsOnly() {
		IsolationSupport rlimits = new IsolationSupport(TOOL, null, null, null, Map.of());

		assertThat(rlimits.describe()).isEqualTo("rlimits only");
		assertThat(rlimits.level()).isEqualTo(IsolationLevel.RLIMITS);
		assertThat(new IsolationSupport(null, null, null, null, Map.of()).describe()).isEqualTo("none");
	}

	@Test
	void aCgroupWithoutMemoryAndPidsDoesNotCountAsTheCgroupLevel() {
		CgroupTree cpuOnly = new CgroupV1Tree(Map.of("cpu", Path.of("/c")));
		IsolationSupport support = new IsolationSupport(TOOL, TOOL, BWRAP, cpuOnly, Map.of());

		assertThat(support.describe()).isEqualTo("bwrap+cgroup(cpu)+uid+rlimits");
		assertThat(support.level()).isEqualTo(IsolationLevel.BWRAP);
	}

	@Test
	void droppingAPartKeepsTheOthersAndRecordsWhy() {
		IsolationSupport full = new IsolationSupport(TOOL, TOOL, BWRAP, ALL_CONTROLLERS, Map.of());
		IsolationSupport withoutBwrap = full.without("bwrap", "a test start failed: no user namespaces");

		assertThat(withoutBwrap.describe()).isEqualTo("cgroup(memory,pids,cpu)+uid+rlimits");
		assertThat(withoutBwrap.level()).isEqualTo(IsolationLevel.RLIMITS);
		assertThat(withoutBwrap.describeMissing()).isEqualTo("bwrap (a test start failed: no user namespaces)");
	}

	@Test
	void missingPartsAreListedInTheOrderFound() {
		Map<String, String> missing = new LinkedHashMap<>();
		missing.put("uid", "not root");
		missing.put("bwrap", "not on the PATH");
		IsolationSupport support = new IsolationSupport(TOOL, null, null, null, missing);

		assertThat(support.describeMissing()).isEqualTo("uid (not root); bwrap (not on the PATH)");
	}

	@Test
	void levelsAreOrderedAndParsedFromTheirLabels() {
		assertThat(IsolationLevel.parse("bwrap+cgroup")).isEqualTo(IsolationLevel.BWRAP_CGROUP);
		assertThat(IsolationLevel.parse(" RLIMITS ")).isEqualTo(IsolationLevel.RLIMITS);
		assertThat(IsolationLevel.parse("")).isEqualTo(IsolationLevel.NONE);
		assertThat(IsolationLevel.BWRAP_CGROUP.atLeast(IsolationLevel.BWRAP)).isTrue();
		assertThat(IsolationLevel.RLIMITS.atLeast(IsolationLevel.BWRAP)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> IsolationLevel.parse("chroot"))
			.withMessageContaining("none, rlimits, bwrap, bwrap+cgroup");
	}

	@Test
	void belowTheMinimumTheServerRefusesToStartAndSaysWhy() {
		IsolationProperties off = new IsolationProperties(false, 256, 128, 1.0, 16, 128, 61000, 64, false, null);
		SandboxProperties production = new SandboxProperties(java.time.Duration.ofSeconds(15), 64, 65536,
				java.time.Duration.ofSeconds(10), 2, null, "bwrap+cgroup", off);

		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> new Isolation(production))
			.withMessageContaining("Sandbox isolation is 'none'")
			.withMessageContaining("minimum-isolation is 'bwrap+cgroup'")
			.withMessageContaining("refusing to run learner code")
			.withMessageContaining("looplab.sandbox.isolation.enabled=false");
	}

}
