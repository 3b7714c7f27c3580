package dev.looplab.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs a program through Looplab's HTTP API the way a client would: POST the source,
 * follow the event stream to the result.
 */
final class LooplabClient {

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

	private static final Pattern VERDICT = Pattern.compile("\"verdict\"\\s*:\\s*\"([A-Z_]+)\"");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	LooplabClient(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	/** Runs the source to the end and returns the verdict. */
	String run(Workload workload) throws IOException, InterruptedException {
		String body = "{\"source\": " + Json.string(workload.source()) + ", \"clock\": \"" + workload.clock() + "\"}";
		HttpResponse<String> created = this.http.send(HttpRequest.newBuilder(URI.create(this.base + "/api/runs"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher id = ID.matcher(created.body());
		if (created.statusCode() != 201 || !id.find()) {
			throw new IOException("POST /api/runs answered " + created.statusCode() + ": " + created.body());
		}
		HttpResponse<Stream<String>> events = this.http.send(
				HttpRequest.newBuilder(URI.create(this.base + "/api/runs/" + id.group(1) + "/events")).build(),
				HttpResponse.BodyHandlers.ofLines());
		try (Stream<String> lines = events.body()) {
			boolean result = false;
			for (Iterator<String> it = lines.iterator(); it.hasNext();) {
				String line = it.next();
				if (line.equals("event:result")) {
					result = true;
				}
				else if (result && line.startsWith("data:")) {
					Matcher verdict = VERDICT.matcher(line);
					return verdict.find() ? verdict.group(1) : "?";
				}
			}
		}
		throw new IOException("The event stream ended without a result");
	}

	boolean healthy() {
		try {
			return this.http
				.send(HttpRequest.newBuilder(URI.create(this.base + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString())
				.body()
				.contains("\"UP\"");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
