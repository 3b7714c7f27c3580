import java.net.URI;

public class Main {
	public static void main(String[] args) throws Exception {
		try (var in = URI.create("http://127.0.0.1:${PORT}/").toURL().openStream()) { // forbidden
			System.out.println(new String(in.readAllBytes()));
		}
	}
}
