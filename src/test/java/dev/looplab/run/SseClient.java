package dev.looplab.run;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A minimal Server-Sent Events reader for tests: collects each event with the moment it
 * arrived, so a test can tell a live stream from one delivered all at the end.
 */
final class SseClient {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	record Received(String name, String data, long arrivedNanos) {
	}

	List<Received> read(URI uri) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(uri)
			.header("Accept", "text/event-stream")
			.timeout(Duration.ofSeconds(30))
			.build();
		HttpResponse<Stream<String>> response = this.http.send(request, HttpResponse.BodyHandlers.ofLines());
		if (response.statusCode() != 200) {
			throw new IOException("Event stream answered " + response.statusCode());
		}
		List<Received> events = new ArrayList<>();
		String name = "message";
		StringBuilder data = new StringBuilder();
		Iterator<String> lines = response.body().iterator();
		while (lines.hasNext()) {
			String line = lines.next();
			if (line.startsWith("event:")) {
				name = line.substring(6).strip();
			}
			else if (line.startsWith("data:")) {
				data.append(data.isEmpty() ? "" : "\n").append(line.substring(5));
			}
			else if (line.isEmpty() && !data.isEmpty()) {
				events.add(new Received(name, data.toString(), System.nanoTime()));
				name = "message";
				data.setLength(0);
			}
		}
		return events;
	}

}
