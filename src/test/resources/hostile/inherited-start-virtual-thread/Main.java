import java.util.concurrent.ForkJoinWorkerThread;

public class Main {
	public static void main(String[] args) throws Exception {
		// Thread.startVirtualThread reached through a subclass of Thread: allowed since threads
		// run under the thread scheduler (ADR 18), and on the real clock a plain virtual thread.
		Thread started = ForkJoinWorkerThread.startVirtualThread(() -> System.out.println("a thread of my own"));
		started.join();
	}
}
