package dev.looplab.runner;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import dev.looplab.aio.Aio;
import dev.looplab.aio.VirtualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the aio runtime's virtual clock installed, the hooks read and sleep in virtual
 * time: a program that sleeps an hour answers at once with an hour gone.
 */
class LearnerHooksVirtualTimeTests {

	@AfterEach
	void realTime() {
		VirtualClock.uninstall();
	}

	@Test
	void theLearnerClockFollowsVirtualTime() {
		VirtualClock clock = VirtualClock.install();
		long before = LearnerClock.nanoTime();
		long wallBefore = LearnerClock.currentTimeMillis();
		Aio.run(() -> Aio.sleep(3600));
		assertThat(LearnerClock.nanoTime() - before).isEqualTo(3_600_000_000_000L);
		assertThat(LearnerClock.currentTimeMillis() - wallBefore).isEqualTo(3_600_000L);
		assertThat(clock.nanos()).isEqualTo(3_600_000_000_000L);
		assertThat(Instant.now(LearnerClock.systemUTC()).toEpochMilli() - wallBefore).isBetween(3_600_000L, 3_600_001L);
	}

	@Test
	void aSleepOutsideALoopJumpsVirtualTime() throws InterruptedException {
		VirtualClock clock = VirtualClock.install();
		long realStart = System.nanoTime();
		LearnerWaits.sleep(60_000);
		LearnerWaits.sleep(TimeUnit.SECONDS, 60);
		assertThat(clock.nanos()).isEqualTo(120_000_000_000L);
		assertThat(System.nanoTime() - realStart).isLessThan(1_000_000_000L);
	}

}
