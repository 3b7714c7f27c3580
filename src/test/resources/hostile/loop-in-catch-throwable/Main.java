public class Main {
	public static void main(String[] args) {
		System.out.println("spinning");
		long counter = 0;
		while (true) {
			try {
				while (true) {
					counter++;
				}
			}
			catch (Throwable swallowed) {
				counter = 0;
			}
		}
	}
}
