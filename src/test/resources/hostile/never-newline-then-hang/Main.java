// Progress printed without a line break must reach the learner even though the program
// never ends a line and is stopped by a limit: the output streams as it happens.
public class Main {
	public static void main(String[] args) throws InterruptedException {
		System.out.print("working");
		for (int i = 0; i < 3; i++) {
			Thread.sleep(200);
			System.out.print(".");
		}
		Thread.sleep(60_000);
	}
}
