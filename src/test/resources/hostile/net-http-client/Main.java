import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class Main {
	public static void main(String[] args) throws Exception {
		HttpClient client = HttpClient.newHttpClient(); // forbidden
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:${PORT}/exfiltrate")).build();
		System.out.println(client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
	}
}
