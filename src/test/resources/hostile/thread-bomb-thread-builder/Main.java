public class Main {
	public static void main(String[] args) {
		for (int i = 0; i < 3000; i++) {
			Thread.ofPlatform().daemon().start(() -> { while (true) { Thread.onSpinWait(); } }); // forbidden
		}
	}
}
