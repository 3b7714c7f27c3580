import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;

public class Main {
	public static void main(String[] args) {
		Worker worker = new Worker(ForkJoinPool.commonPool());
		worker.start();
	}

	// The protected constructor creates a Thread, which programs here may not do.
	static class Worker extends ForkJoinWorkerThread {
		Worker(ForkJoinPool pool) {
			super(pool); // forbidden
		}

		@Override
		protected void onStart() {
			System.out.println("a thread of my own");
		}
	}
}
