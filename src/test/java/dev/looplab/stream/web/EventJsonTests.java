package dev.looplab.stream.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** An event followed by many streams is turned into JSON once. */
class EventJsonTests {

	private final EventJson json = new EventJson(JsonMapper.builder().build());

	@Test
	void everyStreamSendsTheSameBytesMadeOnce() throws IOException {
		AtomicInteger made = new AtomicInteger();
		Object event = new Object();
		ByteArrayOutputStream first = new ByteArrayOutputStream();
		ByteArrayOutputStream second = new ByteArrayOutputStream();
		// One EventData per request, as the controllers make them.
		for (ByteArrayOutputStream out : new ByteArrayOutputStream[] { first, second }) {
			this.json.<Object>data((e) -> "line", (e) -> {
				made.incrementAndGet();
				return Map.of("text", "hello");
			}).writeData(event, out);
		}
		assertThat(made).hasValue(1);
		assertThat(first.toString(StandardCharsets.UTF_8)).isEqualTo("data:{\"text\":\"hello\"}\n");
		assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
	}

	@Test
	void equalEventsThatAreNotTheSameAreEachWritten() throws IOException {
		AtomicInteger made = new AtomicInteger();
		EventData<String> data = this.json.data((e) -> "line", (e) -> {
			made.incrementAndGet();
			return e;
		});
		data.writeData(new String("same"), new ByteArrayOutputStream());
		data.writeData(new String("same"), new ByteArrayOutputStream());
		assertThat(made).hasValue(2);
	}

}
