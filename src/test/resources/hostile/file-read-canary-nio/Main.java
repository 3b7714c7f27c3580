import java.nio.file.Files;
import java.nio.file.Path;

public class Main {
	public static void main(String[] args) throws Exception {
		String secret = Files.readString(Path.of("${CANARY}")); // forbidden
		System.out.println("the canary says: " + secret);
	}
}
