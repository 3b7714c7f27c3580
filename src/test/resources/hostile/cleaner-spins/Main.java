// A Cleaner's action runs on a daemon thread after its object becomes unreachable; like a
// finalizer it cannot hold the run open once main returns: OK.
import java.lang.ref.Cleaner;

public class Main {
	public static void main(String[] args) throws InterruptedException {
		Cleaner cleaner = Cleaner.create();
		for (int i = 0; i < 1_000; i++) {
			cleaner.register(new Object(), () -> {
				while (true) {
					Thread.onSpinWait();
				}
			});
		}
		byte[][] pressure = new byte[64][];
		for (int i = 0; i < pressure.length; i++) {
			pressure[i % 8] = new byte[1 << 20];
		}
		Thread.sleep(200);
		System.out.println("main finished");
	}
}
