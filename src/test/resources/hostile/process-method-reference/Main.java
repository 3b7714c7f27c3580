import java.util.function.Function;

public class Main {
	public static void main(String[] args) throws Exception {
		Function<String[], ProcessBuilder> builder = ProcessBuilder::new; // forbidden
		builder.apply(new String[] { "/bin/sh", "-c", "sleep 30; : hostile-marker" }).start();
		System.out.println("started a shell through a method reference");
	}
}
