import java.io.FileWriter;

public class Main {
	public static void main(String[] args) throws Exception {
		try (FileWriter writer = new FileWriter("hostile-probe-cwd.txt")) { // forbidden
			writer.write("a file in whatever directory the sandbox JVM runs in");
		}
		System.out.println("wrote into the working directory");
	}
}
