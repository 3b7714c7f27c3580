package dev.looplab.hostile;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Talks to Looplab over HTTP the way any API client would: submits a source, follows the
 * run's Server-Sent Events to its result, asks for the server's health.
 */
final class RunClient {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	private final ObjectMapper json;

	RunClient(int port, ObjectMapper json) {
		this.base = "http://localhost:" + port;
		this.json = json;
	}

	/** The answer to {@code POST /api/runs}. */
	record Submitted(int status, String body, String eventsPath) {
	}

	Submitted submit(byte[] body) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri("/api/runs"))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		String events = (response.statusCode() == 201) ? this.json.readTree(response.body()).get("events").asString()
				: null;
		return new Submitted(response.statusCode(), response.body(), events);
	}

	/** Reads the run's events until the stream closes, for at most {@code patience}. */
	RunOutcome follow(String eventsPath, Duration patience) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(uri(eventsPath)).header("Accept", "text/event-stream").build();
		HttpResponse<Stream<String>> response = this.http.send(request, HttpResponse.BodyHandlers.ofLines());
		if (response.statusCode() != 200) {
			throw new IOException("The event stream answered " + response.statusCode());
		}
		List<RunOutcome.Event> received = Collections.synchronizedList(new ArrayList<>());
		CompletableFuture<Void> reading = CompletableFuture
			.runAsync(() -> readEvents(response.body().iterator(), received), (task) -> Thread.ofVirtual().start(task));
		try {
			reading.get(patience.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			response.body().close();
			throw new AssertionError("No result within " + patience.toSeconds() + " s; events so far: "
					+ received.stream().map(RunOutcome.Event::name).toList());
		}
		catch (ExecutionException ex) {
			throw new IOException("The event stream broke", ex.getCause());
		}
		return new RunOutcome(List.copyOf(received));
	}

	private void readEvents(Iterator<String> lines, List<RunOutcome.Event> events) {
		String name = "message";
		StringBuilder data = new StringBuilder();
		while (lines.hasNext()) {
			String line = lines.next();
			if (line.startsWith("event:")) {
				name = line.substring("event:".length()).strip();
			}
			else if (line.startsWith("data:")) {
				data.append(data.isEmpty() ? "" : "\n").append(line.substring("data:".length()));
			}
			else if (line.isEmpty() && !data.isEmpty()) {
				events.add(new RunOutcome.Event(name, this.json.readTree(data.toString())));
				name = "message";
				data.setLength(0);
			}
		}
	}

	/** The status {@code /actuator/health} reports, or what went wrong asking. */
	String health() {
		try {
			HttpResponse<String> response = this.http.send(
					HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(10)).build(),
					HttpResponse.BodyHandlers.ofString());
			JsonNode body = this.json.readTree(response.body());
			return (response.statusCode() == 200) ? body.get("status").asString()
					: "HTTP " + response.statusCode() + " " + response.body();
		}
		catch (IOException | RuntimeException ex) {
			return "no answer: " + ex;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "interrupted";
		}
	}

	private URI uri(String path) {
		return URI.create(this.base + path);
	}

}
