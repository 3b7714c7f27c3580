public class Main {
	static boolean forever = true;

	static {
		while (forever) {
			Thread.onSpinWait();
		}
	}

	public static void main(String[] args) {
		System.out.println("never reached");
	}
}
