// Overriding finalize is ordinary (if deprecated) Java and reaches nothing outside the
// program. Finalizers run on a JVM daemon thread, so they cannot hold the run open:
// main returns, the run is OK.
public class Main {
	static class Stubborn {
		@Override
		@SuppressWarnings({ "deprecation", "removal" })
		protected void finalize() {
			while (true) {
				Thread.onSpinWait();
			}
		}
	}

	public static void main(String[] args) throws InterruptedException {
		for (int i = 0; i < 10_000; i++) {
			new Stubborn();
		}
		byte[][] pressure = new byte[64][];
		for (int i = 0; i < pressure.length; i++) {
			pressure[i % 8] = new byte[1 << 20];
		}
		Thread.sleep(200);
		System.out.println("main finished");
	}
}
