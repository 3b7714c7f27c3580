import dev.looplab.aio.Aio;
import dev.looplab.aio.CancelledError;

public class Main {

	static void background(String name) {
		try {
			while (true) {
				Aio.sleep(0.4);
				System.out.println(name + " tick");
			}
		}
		catch (CancelledError e) {
			System.out.println(name + " cleanup");
			throw e;
		}
	}

	static void amain() {
		Aio.createTask(() -> background("bg"));
		Aio.createTask(() -> Aio.sleep(0.5));
		Aio.sleep(1);
		System.out.println("main returns");
	}

	public static void main(String[] args) {
		double t0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - t0);
	}

}
