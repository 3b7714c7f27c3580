import java.io.OutputStream;
import java.io.PrintStream;

public class Main {
	public static void main(String[] args) {
		System.setOut(new PrintStream(OutputStream.nullOutputStream())); // forbidden
		System.out.println("nobody sees this");
	}
}
