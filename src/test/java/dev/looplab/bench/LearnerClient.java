package dev.looplab.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One simulated learner: signs up through the registration form, as a person would, then
 * submits and follows submissions through the HTTP API with basic authentication.
 */
final class LearnerClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

	private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z]+)\"");

	/** The new token as the account page shows it, once, after its creation. */
	private static final Pattern TOKEN = Pattern.compile("class=\"api-token-value\"[^>]*>([^<]+)<");

	private static final Pattern SCORE = Pattern.compile("\"score\"\\s*:\\s*(\\d+)");

	private final HttpClient http;

	private final String base;

	private final String username;

	private final String password;

	private volatile String apiToken;

	LearnerClient(int port, String username, String password) {
		this.http = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.cookieHandler(new CookieManager())
			.build();
		this.base = "http://127.0.0.1:" + port;
		this.username = username;
		this.password = password;
	}

	void register() throws IOException, InterruptedException {
		HttpResponse<String> form = this.http.send(HttpRequest.newBuilder(URI.create(this.base + "/register")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = CSRF.matcher(form.body());
		if (!csrf.find()) {
			throw new IOException("The registration form has no CSRF token");
		}
		String body = "username=" + encode(this.username) + "&password=" + encode(this.password) + "&confirmation="
				+ encode(this.password) + "&_csrf=" + encode(csrf.group(1));
		HttpResponse<String> registered = this.http.send(HttpRequest.newBuilder(URI.create(this.base + "/register"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (registered.statusCode() != 302 && registered.statusCode() != 303) {
			throw new IOException("Registering " + this.username + " answered " + registered.statusCode());
		}
	}

	/** Submits the source and returns the submission's id. */
	String submit(String exerciseId, String source) throws IOException, InterruptedException {
		HttpResponse<String> accepted = this.http
			.send(api("/api/exercises/" + exerciseId + "/submissions").header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"source\": " + Json.string(source) + "}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		Matcher id = ID.matcher(accepted.body());
		if (accepted.statusCode() != 202 || !id.find()) {
			throw new IOException("Submitting answered " + accepted.statusCode() + ": " + accepted.body());
		}
		return id.group(1);
	}

	/** Starts a run of the source, signed in, and returns the run's id. */
	String startRun(String source) throws IOException, InterruptedException {
		HttpResponse<String> created = this.http.send(api("/api/runs").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"source\": " + Json.string(source) + "}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher id = ID.matcher(created.body());
		if (created.statusCode() != 201 || !id.find()) {
			throw new IOException("Starting a run answered " + created.statusCode() + ": " + created.body());
		}
		return id.group(1);
	}

	/** The HTTP status of a GET of the API path, signed in as this learner. */
	int statusOf(String path) throws IOException, InterruptedException {
		return this.http.send(api(path).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	/** The submission's status and score as the API reports them now. */
	Graded status(String submissionId) throws IOException, InterruptedException {
		HttpResponse<String> answer = this.http.send(api("/api/submissions/" + submissionId).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 200) {
			throw new IOException("GET submission answered " + answer.statusCode() + ": " + answer.body());
		}
		return graded(answer.body());
	}

	private static Graded graded(String json) throws IOException {
		Matcher status = STATUS.matcher(json);
		if (!status.find()) {
			throw new IOException("No status in " + json);
		}
		Matcher score = SCORE.matcher(json);
		return new Graded(status.group(1), score.find() ? Integer.parseInt(score.group(1)) : -1);
	}

	/**
	 * Follows the submission's event stream until it is graded (or the grader failed),
	 * and returns how it ended. One request, so one password check, per submission.
	 */
	Graded awaitGraded(String submissionId) throws IOException, InterruptedException {
		HttpResponse<Stream<String>> events = this.http.send(
				api("/api/submissions/" + submissionId + "/events").timeout(Duration.ofMinutes(10)).GET().build(),
				HttpResponse.BodyHandlers.ofLines());
		if (events.statusCode() != 200) {
			throw new IOException("The event stream answered " + events.statusCode());
		}
		try (Stream<String> lines = events.body()) {
			// The stream ends with a "done" event whose data is the graded submission.
			boolean done = false;
			for (Iterator<String> it = lines.iterator(); it.hasNext();) {
				String line = it.next();
				if (line.equals("event:done")) {
					done = true;
				}
				else if (done && line.startsWith("data:")) {
					return graded(line);
				}
			}
		}
		// The stream closed early (a server restart, say): ask once more.
		return status(submissionId);
	}

	/**
	 * Creates a personal API token on the account page, signed in by the registration's
	 * session, so that later API calls send it instead of the password. Returns false,
	 * and API calls keep using the password, when the server has no such page.
	 */
	boolean useApiToken(String name) throws IOException, InterruptedException {
		HttpResponse<String> page = this.http.send(HttpRequest.newBuilder(URI.create(this.base + "/account")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = CSRF.matcher(page.body());
		if (page.statusCode() != 200 || !page.body().contains("/account/tokens") || !csrf.find()) {
			return false;
		}
		HttpResponse<String> created = this.http.send(HttpRequest.newBuilder(URI.create(this.base + "/account/tokens"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("name=" + encode(name) + "&_csrf=" + encode(csrf.group(1))))
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher token = TOKEN.matcher(created.body());
		// 201: the page answers the creation of a token with the new token shown once.
		if (created.statusCode() / 100 != 2 || !token.find()) {
			return false;
		}
		this.apiToken = token.group(1).strip();
		return true;
	}

	/**
	 * The {@code Authorization} header value API calls send: the API token if one was
	 * created, else the name and password.
	 */
	String authorization() {
		String token = this.apiToken;
		if (token != null) {
			return "Bearer " + token;
		}
		return "Basic " + Base64.getEncoder()
			.encodeToString((this.username + ":" + this.password).getBytes(StandardCharsets.UTF_8));
	}

	String username() {
		return this.username;
	}

	private HttpRequest.Builder api(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", authorization());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	record Graded(String status, int score) {

		boolean finished() {
			return this.status.equals("GRADED") || this.status.equals("FAILED");
		}

	}

}
