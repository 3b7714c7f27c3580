import dev.looplab.aio.Aio;
import dev.looplab.aio.Task;

// Twin of shared/conformance/asyncio/s06_blocking_sleep.py: Thread.sleep (Python's
// time.sleep) inside a task stalls the whole loop.
public class Main {

	static void alpha() throws InterruptedException {
		System.out.println("alpha begins");
		Thread.sleep(1000);
		System.out.println("alpha ends");
	}

	static void beta() {
		System.out.println("beta begins");
		Aio.sleep(2);
		System.out.println("beta ends");
	}

	static void amain() {
		Task<Object> a = Aio.createTask(Main::alpha);
		Task<Object> b = Aio.createTask(Main::beta);
		System.out.println("main begins");
		a.await();
		System.out.println("main got alpha");
		b.await();
		System.out.println("main got beta");
	}

	public static void main(String[] args) {
		long t0 = System.nanoTime();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", (System.nanoTime() - t0) / 1e9);
	}

}
