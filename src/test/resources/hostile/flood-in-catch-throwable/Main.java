// If printing ever fails because the server stopped listening, the program swallows the
// error and prints on; the output cap must still end the run.
public class Main {
	public static void main(String[] args) {
		while (true) {
			try {
				System.out.println("still printing");
			}
			catch (Throwable ignored) {
			}
		}
	}
}
