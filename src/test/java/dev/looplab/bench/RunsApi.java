package dev.looplab.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code /api/runs} as the attack load test's clients call it, signed in (an
 * {@code Authorization} header) or anonymous (null): start a run, follow its events to
 * the result, read it back.
 */
final class RunsApi {

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

	private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");

	private static final Pattern VERDICT = Pattern.compile("\"verdict\"\\s*:\\s*\"([A-Z_]+)\"");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	RunsApi(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	/**
	 * Starts the program and returns the run's id.
	 * @throws Refused when the server answers anything but 201
	 */
	String start(Workload workload, String authorization) throws IOException, InterruptedException {
		String body = "{\"source\": " + Json.string(workload.source()) + ", \"clock\": \"" + workload.clock() + "\"}";
		HttpResponse<String> created = this.http
			.send(request("/api/runs", authorization, Duration.ofSeconds(30)).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		Matcher id = ID.matcher(created.body());
		if (created.statusCode() != 201 || !id.find()) {
			throw new Refused(created.statusCode(), created.body());
		}
		return id.group(1);
	}

	/**
	 * Reads the run's event stream line by line until its {@code result} event and
	 * returns the verdict, or null when the stream ended (or {@code patience} ran out)
	 * without one.
	 */
	String followToResult(String id, String authorization, Duration patience) throws IOException, InterruptedException {
		try {
			return TimeBound.within(patience, () -> readToResult(id, authorization, patience));
		}
		catch (TimeoutException ex) {
			return null;
		}
	}

	private String readToResult(String id, String authorization, Duration patience)
			throws IOException, InterruptedException {
		HttpResponse<Stream<String>> events;
		try {
			events = this.http.send(request("/api/runs/" + id + "/events", authorization, patience).GET().build(),
					HttpResponse.BodyHandlers.ofLines());
		}
		catch (HttpTimeoutException ex) {
			return null;
		}
		if (events.statusCode() != 200) {
			events.body().close();
			return null;
		}
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
		catch (java.io.UncheckedIOException ex) {
			// The stream broke off; the caller asks for the run instead.
		}
		return null;
	}

	/**
	 * Reads the event stream to its end without looking at it, as fast as it comes: how a
	 * flooder that does read its own stream waits for its run.
	 */
	void drainEvents(String id, String authorization, Duration patience) throws IOException, InterruptedException {
		try {
			TimeBound.within(patience, () -> {
				HttpResponse<InputStream> events = this.http.send(
						request("/api/runs/" + id + "/events", authorization, patience).GET().build(),
						HttpResponse.BodyHandlers.ofInputStream());
				try (InputStream body = events.body()) {
					return body.transferTo(OutputStream.nullOutputStream());
				}
			});
		}
		catch (TimeoutException ex) {
			throw new HttpTimeoutException("The event stream did not end within " + patience);
		}
	}

	/** The run as {@code GET /api/runs/{id}} reports it now. */
	RunState get(String id, String authorization, Duration patience) throws IOException, InterruptedException {
		HttpResponse<String> answer = this.http.send(request("/api/runs/" + id, authorization, patience).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (answer.statusCode() != 200) {
			return new RunState(answer.statusCode(), null, null);
		}
		Matcher status = STATUS.matcher(answer.body());
		Matcher verdict = VERDICT.matcher(answer.body());
		return new RunState(200, status.find() ? status.group(1) : null, verdict.find() ? verdict.group(1) : null);
	}

	private HttpRequest.Builder request(String path, String authorization, Duration timeout) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path)).timeout(timeout);
		return (authorization != null) ? builder.header("Authorization", authorization) : builder;
	}

	/**
	 * What {@code GET /api/runs/{id}} said: its HTTP status, the run's status and
	 * verdict.
	 */
	record RunState(int httpStatus, String status, String verdict) {

		boolean finished() {
			return "FINISHED".equals(this.status) && this.verdict != null;
		}

	}

	/** The server did not accept a run: its status and body. */
	static final class Refused extends IOException {

		private final int status;

		Refused(int status, String body) {
			super("POST /api/runs answered " + status + ": " + body);
			this.status = status;
		}

		int status() {
			return this.status;
		}

	}

}
