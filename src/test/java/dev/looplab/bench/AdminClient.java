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
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The admin in a browser: signs in through the login form, reads the users page and
 * changes roles there the way its htmx Save button does.
 */
final class AdminClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	/** A row of the users page: the account's name, and the role selected in its form. */
	private static final Pattern USER_ROW = Pattern.compile("id=\"user-([^\"]+)\"(.*?)</tr>", Pattern.DOTALL);

	private static final Pattern SELECTED_ROLE = Pattern.compile("<option[^>]*value=\"([A-Z]+)\"[^>]*selected");

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.cookieHandler(new CookieManager())
		.build();

	private final String base;

	private String csrf;

	private AdminClient(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	static AdminClient signIn(int port, String password) throws IOException, InterruptedException {
		AdminClient admin = new AdminClient(port);
		String token = admin.csrfOf("/login");
		HttpResponse<String> signedIn = admin.post("/login",
				"username=admin&password=" + encode(password) + "&_csrf=" + encode(token), false);
		if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IOException("Signing in as admin answered " + signedIn.statusCode() + " "
					+ signedIn.headers().firstValue("Location").orElse(""));
		}
		// Signing in gave the session a new CSRF token; the users page carries it.
		admin.csrf = admin.csrfOf("/admin/users");
		return admin;
	}

	/** Gives the account another role, as the users page's Save button does with htmx. */
	void changeRole(String username, String role) throws IOException, InterruptedException {
		HttpResponse<String> saved = post("/admin/users/" + username + "/role",
				"role=" + role + "&_csrf=" + encode(this.csrf), true);
		if (saved.statusCode() != 200 || !saved.body().contains("Saved")) {
			throw new IOException("Changing the role of " + username + " answered " + saved.statusCode());
		}
	}

	/**
	 * Every account on the users page with its role (the admin's own row, which has no
	 * form, as {@code "?"}).
	 */
	Map<String, String> roles() throws IOException, InterruptedException {
		HttpResponse<String> page = this.http.send(
				HttpRequest.newBuilder(URI.create(this.base + "/admin/users")).build(),
				HttpResponse.BodyHandlers.ofString());
		if (page.statusCode() != 200) {
			throw new IOException("The users page answered " + page.statusCode());
		}
		Map<String, String> roles = new TreeMap<>();
		for (Matcher row = USER_ROW.matcher(page.body()); row.find();) {
			Matcher role = SELECTED_ROLE.matcher(row.group(2));
			roles.put(row.group(1), role.find() ? role.group(1) : "?");
		}
		return roles;
	}

	private String csrfOf(String page) throws IOException, InterruptedException {
		HttpResponse<String> form = this.http.send(HttpRequest.newBuilder(URI.create(this.base + page)).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher token = CSRF.matcher(form.body());
		if (form.statusCode() != 200 || !token.find()) {
			throw new IOException(page + " answered " + form.statusCode() + " without a CSRF token");
		}
		return token.group(1);
	}

	private HttpResponse<String> post(String path, String form, boolean htmx) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		if (htmx) {
			request.header("HX-Request", "true");
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
