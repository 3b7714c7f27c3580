import java.io.FileInputStream;

public class Main {
	public static void main(String[] args) throws Exception {
		try (var in = new FileInputStream("${CANARY}")) { // forbidden
			System.out.println(new String(in.readAllBytes()));
		}
	}
}
