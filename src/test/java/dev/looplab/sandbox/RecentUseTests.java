package dev.looplab.sandbox;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Sandbox time used lately: added up per client, fading by half each minute. */
class RecentUseTests {

	@Test
	void useAddsUpAndFadesByHalfEachMinute() {
		RecentUse used = new RecentUse();
		used.add("user:ada", 1_000_000_000, 0);
		used.add("user:ada", 1_000_000_000, 0);
		assertThat(used.of("user:ada", 0)).isEqualTo(2e9);
		assertThat(used.of("user:ada", RecentUse.HALF_LIFE_NANOS)).isCloseTo(1e9, within(1.0));
		assertThat(used.of("user:ada", 2 * RecentUse.HALF_LIFE_NANOS)).isCloseTo(0.5e9, within(1.0));
		assertThat(used.of("user:bob", 0)).isZero();
	}

	@Test
	void aClientThatKeptSandboxesBusyGetsASmallerShareOfTheCpu() {
		RecentUse used = new RecentUse();
		for (int run = 0; run < 10; run++) {
			used.add("user:learner", 300_000_000, 0);
			used.add("addr:flooder", 8_000_000_000L, 0);
		}
		assertThat(used.cpuShare("user:learner", 0)).as("3 s of small runs").isEqualTo(1.0);
		assertThat(used.cpuShare("addr:flooder", 0)).as("80 s of heavy runs").isEqualTo(1.0 / 16);
		assertThat(used.cpuShare("addr:flooder", 3 * RecentUse.HALF_LIFE_NANOS)).as("three minutes later")
			.isCloseTo(0.5, within(0.01));
		assertThat(used.cpuShare("user:newcomer", 0)).isEqualTo(1.0);
	}

	@Test
	void theShareIsWrittenToTheSlotsCgroup(@org.junit.jupiter.api.io.TempDir java.nio.file.Path v1,
			@org.junit.jupiter.api.io.TempDir java.nio.file.Path v2) throws java.io.IOException {
		java.nio.file.Files.writeString(v1.resolve("cpu.shares"), "");
		java.nio.file.Files.writeString(v2.resolve("cpu.weight"), "");
		new CgroupSlot(java.util.List.of(v1, v2), null, null).cpuShare(0.25);
		assertThat(java.nio.file.Files.readString(v1.resolve("cpu.shares")).strip()).isEqualTo("256");
		assertThat(java.nio.file.Files.readString(v2.resolve("cpu.weight")).strip()).isEqualTo("25");
	}

}
