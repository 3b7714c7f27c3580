package dev.looplab.stream.web;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StreamLimitsTests {

	private final StreamLimits limits = new StreamLimits(
			new StreamProperties(2, 3, DataSize.ofMegabytes(1), 1000, Duration.ofMinutes(1), Duration.ofSeconds(20)));

	@Test
	void aClientPastItsShareGets429AndTheServerPastItsLimit503() {
		this.limits.acquire("addr:a");
		Runnable second = this.limits.acquire("addr:a");
		assertThatThrownBy(() -> this.limits.acquire("addr:a")).isInstanceOfSatisfying(StreamRefused.class,
				(refused) -> {
					assertThat(refused.getStatusCode().value()).isEqualTo(429);
					assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("10");
				});
		this.limits.acquire("user:b");
		assertThatThrownBy(() -> this.limits.acquire("user:c")).isInstanceOfSatisfying(StreamRefused.class,
				(refused) -> assertThat(refused.getStatusCode().value()).isEqualTo(503));
		assertThat(this.limits.openInTotal()).isEqualTo(3);

		second.run();
		second.run();
		assertThat(this.limits.openInTotal()).isEqualTo(2);
		this.limits.acquire("user:c");
		assertThat(this.limits.openInTotal()).isEqualTo(3);
	}

}
