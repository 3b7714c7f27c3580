import java.io.BufferedReader;
import java.io.FileReader;

public class Main {
	public static void main(String[] args) throws Exception {
		try (BufferedReader reader = new BufferedReader(new FileReader("${CANARY}"))) { // forbidden
			reader.lines().forEach(System.out::println);
		}
	}
}
