import java.nio.file.Files;
import java.nio.file.Path;

public class Main {
	public static void main(String[] args) throws Exception {
		Files.writeString(Path.of("${CANARY}"), "changed by a learner's program"); // forbidden
		Files.writeString(Path.of("${CANARY}.beside"), "and a file beside it");
		System.out.println("the canary was overwritten");
	}
}
