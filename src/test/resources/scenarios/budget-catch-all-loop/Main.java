public class Main {
	public static void main(String[] args) {
		System.out.println("before the loop");
		long attempts = 0;
		while (true) {
			try {
				attempts++;
				if (attempts % 1_000 == 0) {
					throw new IllegalStateException("try again");
				}
			}
			catch (Throwable everything) {
				// Swallowing every throwable cannot stop the CPU budget: it ends the JVM.
			}
		}
	}
}
