import java.io.IOException;

public class Main {
	public static void main(String[] args) throws IOException {
		System.out.println("listing the files of the server");
		// Starting another program is what the sandbox must refuse.
		Process ls = new ProcessBuilder("ls", "/").start();
		System.out.println(ls.pid());
	}
}
