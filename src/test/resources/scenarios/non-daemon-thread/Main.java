public class Main {
	public static void main(String[] args) throws Exception {
		var pool = java.util.concurrent.Executors.newFixedThreadPool(1);
		pool.submit(() -> {
			sleep(200);
			System.out.println("worker done");
			pool.shutdown();
		});
		System.out.println("main returns first");
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
