// Two threads take the same two locks in opposite orders.
public class Main {
	static final Object left = new Object();
	static final Object right = new Object();

	public static void main(String[] args) throws Exception {
		Thread other = new Thread(() -> {
			synchronized (right) {
				pause();
				synchronized (left) {
					System.out.println("other has both");
				}
			}
		});
		other.start();
		synchronized (left) {
			pause();
			synchronized (right) {
				System.out.println("main has both");
			}
		}
		other.join();
	}

	static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
