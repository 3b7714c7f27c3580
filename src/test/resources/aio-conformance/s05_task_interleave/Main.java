import dev.looplab.aio.Aio;
import dev.looplab.aio.Task;

// Twin of shared/conformance/asyncio/s05_task_interleave.py.
public class Main {

	static void alpha() {
		System.out.println("alpha begins");
		Aio.sleep(1);
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
		double t0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - t0);
	}

}
