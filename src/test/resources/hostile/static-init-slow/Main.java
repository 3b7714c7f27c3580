public class Main {
	static final String GREETING;

	static {
		try {
			Thread.sleep(60_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		GREETING = "ready at last";
	}

	public static void main(String[] args) {
		System.out.println(GREETING);
	}
}
