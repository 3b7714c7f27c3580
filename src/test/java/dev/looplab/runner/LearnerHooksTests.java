package dev.looplab.runner;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The clock and wait hooks do what the calls they replace do, so that rewriting learner
 * code changes nothing while they still use real time.
 */
class LearnerHooksTests {

	@Test
	void clocksReadTheRealTimeInTheRequestedZone() {
		long before = System.currentTimeMillis();
		assertThat(LearnerClock.currentTimeMillis()).isBetween(before, System.currentTimeMillis());
		assertThat(LearnerClock.systemDefaultZone().getZone()).isEqualTo(ZoneId.systemDefault());
		assertThat(LearnerClock.system(ZoneId.of("Asia/Tokyo")).getZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
		assertThat(LearnerClock.systemUTC().getZone()).isEqualTo(ZoneId.of("Z"));
		assertThat(LearnerClock.tickSeconds(ZoneId.of("UTC")).millis() % 1000).isZero();
		assertThat(LearnerClock.calendar(TimeZone.getTimeZone("UTC"), Locale.ROOT).getTimeZone().getID())
			.isEqualTo("UTC");
		assertThat(LearnerClock.instantSource().millis()).isGreaterThanOrEqualTo(before);
	}

	@Test
	void sleepsLastAtLeastAsLongAsAsked() throws InterruptedException {
		long start = System.nanoTime();
		LearnerWaits.sleep(TimeUnit.MILLISECONDS, 20);
		LearnerWaits.sleep(Duration.ofMillis(20));
		LearnerWaits.sleep(20, 0);
		assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(60));
	}

	@Test
	void waitingOnAMonitorStillNeedsTheMonitor() throws InterruptedException {
		Object monitor = new Object();
		assertThatExceptionOfType(IllegalMonitorStateException.class).isThrownBy(() -> LearnerWaits.waitOn(monitor, 1));
		synchronized (monitor) {
			LearnerWaits.waitOn(monitor, 1);
		}
	}

	@Test
	void joiningWaitsForTheThreadOrTheTimeout() throws InterruptedException {
		Thread finished = Thread.ofVirtual().start(() -> {
		});
		assertThat(LearnerWaits.join(finished, Duration.ofSeconds(5))).isTrue();
		assertThat(LearnerWaits.join(Thread.currentThread(), Duration.ofMillis(5))).isFalse();
	}

}
