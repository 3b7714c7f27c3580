package dev.looplab.stream.web;

import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;

import org.springframework.stereotype.Component;

/**
 * Events as JSON for the API's streams, each written once however many streams send it: a
 * run followed by a hundred readers, or replayed to each new one, costs one serialization
 * per event rather than one per reader. The bytes are kept while the event is and while
 * they fit in a bounded cache; past it they are written again.
 */
@Component
public class EventJson {

	/**
	 * Enough for every event of the runs being followed now; about 0.5% of a 3 GiB heap.
	 */
	private static final long MAX_BYTES = 16 * 1024 * 1024;

	private final ObjectWriter writer;

	/** By the event itself (identity), not by an equal copy. */
	private final Cache<Object, byte[]> written = Caffeine.newBuilder()
		.weakKeys()
		.maximumWeight(MAX_BYTES)
		.weigher((Object event, byte[] bytes) -> bytes.length)
		.build();

	EventJson(ObjectMapper json) {
		this.writer = json.writer().without(SerializationFeature.INDENT_OUTPUT);
	}

	/**
	 * Every event, as one line of JSON made from {@code value}; {@code value} must give
	 * the same data each time for the same event.
	 */
	public <E> EventData<E> data(Function<E, String> name, Function<E, Object> value) {
		return EventData.json(name,
				(event) -> this.written.get(event, (key) -> this.writer.writeValueAsBytes(value.apply(event))));
	}

}
