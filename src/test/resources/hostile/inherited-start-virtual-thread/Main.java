import java.util.concurrent.ForkJoinWorkerThread;

public class Main {
	public static void main(String[] args) throws Exception {
		// Thread.startVirtualThread reached through a subclass of Thread.
		Thread started = ForkJoinWorkerThread.startVirtualThread(() -> System.out.println("a thread of my own")); // forbidden
		started.join();
	}
}
