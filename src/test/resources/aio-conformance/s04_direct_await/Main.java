import dev.looplab.aio.Aio;

// Twin of shared/conformance/asyncio/s04_direct_await.py: calling a coroutine runs it in the caller.
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
		System.out.println("main begins");
		alpha();
		System.out.println("main got alpha");
		beta();
		System.out.println("main got beta");
	}

	public static void main(String[] args) {
		double t0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - t0);
	}

}
