package dev.looplab.stream.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How one kind of stream shows an event: its SSE name, whether it is sent at all, and its
 * data, either JSON (written once per event, see {@link EventJson}) or HTML fragments for
 * htmx.
 *
 * @param <E> the type of event
 */
public final class EventData<E> {

	private final Function<E, String> name;

	private final Predicate<E> shown;

	private final DataWriter<E> data;

	private EventData(Function<E, String> name, Predicate<E> shown, DataWriter<E> data) {
		this.name = name;
		this.shown = shown;
		this.data = data;
	}

	/** Every event, as one line of JSON already written ({@link EventJson}). */
	static <E> EventData<E> json(Function<E, String> name, Function<E, byte[]> json) {
		return new EventData<>(name, (event) -> true, (event, out) -> {
			out.write(DATA);
			out.write(json.apply(event));
			out.write('\n');
		});
	}

	/** The events a page shows, each as the HTML fragment {@code render} makes. */
	public static <E> EventData<E> html(Function<E, String> name, Predicate<E> shown, Function<E, String> render) {
		return new EventData<>(name, shown, (event, out) -> writeLines(render.apply(event), out));
	}

	String name(E event) {
		return this.name.apply(event);
	}

	boolean shown(E event) {
		return this.shown.test(event);
	}

	void writeData(E event, OutputStream out) throws IOException {
		this.data.write(event, out);
	}

	private static final byte[] DATA = "data:".getBytes(StandardCharsets.UTF_8);

	/** Text as SSE data: one {@code data:} line per line of text. */
	static void writeLines(String text, OutputStream out) throws IOException {
		for (String line : text.split("\r\n|\r|\n", -1)) {
			out.write(DATA);
			out.write(line.getBytes(StandardCharsets.UTF_8));
			out.write('\n');
		}
	}

	@FunctionalInterface
	private interface DataWriter<E> {

		void write(E event, OutputStream out) throws IOException;

	}

}
