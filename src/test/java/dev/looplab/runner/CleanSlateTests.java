package dev.looplab.runner;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sandbox JVM goes on to another job only when its last one left nothing it cannot put
 * back.
 */
class CleanSlateTests {

	@Test
	void aThreadStillRunningAfterTheJobEndsTheJvm() throws InterruptedException {
		CleanSlate slate = CleanSlate.take();
		CountDownLatch stop = new CountDownLatch(1);
		Thread left = Thread.ofPlatform().daemon().start(() -> {
			try {
				stop.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		try {
			assertThat(slate.restore()).isFalse();
		}
		finally {
			stop.countDown();
			left.join();
		}
		assertThat(slate.restore()).as("once the thread has ended").isTrue();
	}

	@Test
	void aThreadAboutToEndIsWaitedFor() {
		CleanSlate slate = CleanSlate.take();
		Thread.ofPlatform().daemon().start(() -> {
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		assertThat(slate.restore()).isTrue();
	}

	@Test
	void defaultsAndTheRunnersThreadArePutBack() {
		Locale before = Locale.getDefault();
		String name = Thread.currentThread().getName();
		CleanSlate slate = CleanSlate.take();
		try {
			Locale.setDefault(Locale.GERMANY);
			Thread.currentThread().setName("renamed by a program");
			Thread.currentThread().interrupt();
			assertThat(slate.restore()).isTrue();
			assertThat(Locale.getDefault()).isEqualTo(before);
			assertThat(Thread.currentThread().getName()).isEqualTo(name);
			assertThat(Thread.currentThread().isInterrupted()).isFalse();
		}
		finally {
			Locale.setDefault(before);
			Thread.currentThread().setName(name);
		}
	}

}
