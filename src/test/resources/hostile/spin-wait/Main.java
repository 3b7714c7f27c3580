public class Main {
	public static void main(String[] args) {
		System.out.println("waiting politely");
		while (true) {
			Thread.onSpinWait();
		}
	}
}
