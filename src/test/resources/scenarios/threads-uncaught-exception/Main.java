// A thread that throws ends alone: the JVM reports it on stderr, and main goes on.
public class Main {
	public static void main(String[] args) throws Exception {
		Thread failing = new Thread(() -> {
			throw new IllegalStateException("boom");
		});
		failing.start();
		failing.join();
		System.out.println("main goes on after " + failing.getName() + " failed");
	}
}
