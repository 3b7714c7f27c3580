import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

public class Main {
	public static void main(String[] args) throws Exception {
		File temporary = File.createTempFile("hostile-probe-", ".tmp"); // forbidden
		Files.writeString(Path.of("/tmp/hostile-probe-tmp.txt"), "left in /tmp");
		System.out.println("wrote " + temporary + " and /tmp/hostile-probe-tmp.txt");
	}
}
