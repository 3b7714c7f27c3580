package dev.looplab.stream;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LiveEventsTests {

	private final LiveEvents<String> events = new LiveEvents<>("end"::equals, String::length);

	@Test
	void aListOfTheEventsSoFarStaysAsItWasWhileMoreFollow() {
		for (int i = 0; i < 20; i++) {
			this.events.publish("event " + i);
		}
		List<String> soFar = this.events.events();
		// Past the first growth of the storage, so the list must not see the new array.
		for (int i = 20; i < 100; i++) {
			this.events.publish("event " + i);
		}
		assertThat(soFar).hasSize(20).startsWith("event 0").endsWith("event 19");
		assertThat(this.events.events()).hasSize(100).endsWith("event 99");
		assertThatThrownBy(() -> soFar.add("more")).isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void theLastEventFinishesTheList() throws InterruptedException {
		this.events.publish("one");
		assertThat(this.events.isFinished()).isFalse();
		this.events.publish("end");
		assertThat(this.events.isFinished()).isTrue();
		// A reader past the end does not wait for events that will never come.
		assertThat(this.events.await(2, Duration.ofDays(1))).isFalse();
		assertThat(this.events.await(1, Duration.ofDays(1))).isTrue();
	}

	@Test
	void bytesFromAddsUpTheSizesOfTheNewestEvents() {
		this.events.publish("a");
		this.events.publish("bb");
		this.events.publish("cccc");
		assertThat(this.events.bytesFrom(0)).isEqualTo(7);
		assertThat(this.events.bytesFrom(1)).isEqualTo(6);
		assertThat(this.events.bytesFrom(3)).isZero();
		assertThat(this.events.bytesFrom(9)).isZero();
	}

	@Test
	void aReaderWaitingForTheNextEventWakesWhenItIsPublished() throws Exception {
		Thread reader = Thread.ofVirtual().start(() -> {
			try {
				assertThat(this.events.await(0, Duration.ofDays(1))).isTrue();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		this.events.publish("wake up");
		reader.join();
		assertThat(this.events.get(0)).isEqualTo("wake up");
	}

	@Test
	void aListRebuiltWithoutItsLastEventCanBeFinished() throws InterruptedException {
		this.events.publish("stored");
		this.events.finish();
		assertThat(this.events.isFinished()).isTrue();
		assertThat(this.events.await(1, Duration.ofDays(1))).isFalse();
	}

}
