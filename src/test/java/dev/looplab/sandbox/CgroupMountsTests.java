package dev.looplab.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding the cgroup controllers from mountinfo on the layouts hosts have: hybrid v1,
 * pure v2, and v2 inside a container; and reading the counters that say a limit was hit.
 */
class CgroupMountsTests {

	@Test
	void hybridV1HostsGiveEachControllerItsHierarchy() {
		List<String> mountinfo = List.of("31 23 0:28 / /sys/fs/cgroup rw,relatime - tmpfs tmpfs rw,mode=755",
				"32 31 0:29 / /sys/fs/cgroup/cpu,cpuacct rw,relatime - cgroup cgroup rw,cpu,cpuacct",
				"35 31 0:32 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory",
				"39 31 0:36 / /sys/fs/cgroup/pids rw,relatime - cgroup cgroup rw,pids",
				"40 31 0:37 / /sys/fs/cgroup/systemd rw,relatime - cgroup cgroup rw,name=systemd",
				"41 31 0:38 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw");
		List<String> cgroups = List.of("8:pids:/", "4:memory:/service/abc", "0::/");

		CgroupMounts mounts = CgroupMounts.parse(mountinfo, cgroups);

		assertThat(mounts.v1Roots()).isEqualTo(Map.of("memory", Path.of("/sys/fs/cgroup/memory"), "pids",
				Path.of("/sys/fs/cgroup/pids"), "cpu", Path.of("/sys/fs/cgroup/cpu,cpuacct")));
		assertThat(mounts.v2Own()).isEqualTo(Path.of("/sys/fs/cgroup/unified"));
	}

	@Test
	void pureV2HostsGiveTheServersOwnGroup() {
		List<String> mountinfo = List
			.of("29 23 0:26 / /sys/fs/cgroup rw,nosuid,nodev,noexec,relatime - cgroup2 cgroup2 rw,nsdelegate");
		List<String> cgroups = List.of("0::/system.slice/looplab.service");

		CgroupMounts mounts = CgroupMounts.parse(mountinfo, cgroups);

		assertThat(mounts.v1Roots()).isEmpty();
		assertThat(mounts.v2Own()).isEqualTo(Path.of("/sys/fs/cgroup/system.slice/looplab.service"));
	}

	@Test
	void aContainerSeesItsGroupRelativeToWhatIsMounted() {
		List<String> mountinfo = List
			.of("700 690 0:26 /docker/f00d /sys/fs/cgroup rw,nosuid - cgroup2 cgroup2 rw,nsdelegate");
		List<String> cgroups = List.of("0::/docker/f00d/app");

		assertThat(CgroupMounts.parse(mountinfo, cgroups).v2Own()).isEqualTo(Path.of("/sys/fs/cgroup/app"));
	}

	@Test
	void escapedMountPointsAreDecoded() {
		List<String> mountinfo = List.of("35 31 0:32 / /cgroups/memory\\040v1 rw - cgroup cgroup rw,memory");

		assertThat(CgroupMounts.parse(mountinfo, List.of()).v1Roots()).containsEntry("memory",
				Path.of("/cgroups/memory v1"));
	}

	@Test
	void countersAreReadByNameAndMissingFilesCountAsNothing() throws Exception {
		Path folder = Files.createTempDirectory("cgroup-counters");
		Path oomControl = Files.writeString(folder.resolve("memory.oom_control"),
				"oom_kill_disable 0\nunder_oom 0\noom_kill 2\n");
		Path events = Files.writeString(folder.resolve("pids.events"), "max 0\n");

		assertThat(CgroupSlot.counter(oomControl, "oom_kill")).isEqualTo(2);
		assertThat(CgroupSlot.counter(events, "max")).isZero();
		assertThat(CgroupSlot.counter(folder.resolve("missing"), "max")).isZero();
		assertThat(CgroupSlot.counter(null, "max")).isZero();
		Files.delete(oomControl);
		Files.delete(events);
		Files.delete(folder);
	}

}
