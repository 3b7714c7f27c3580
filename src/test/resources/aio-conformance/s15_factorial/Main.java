import dev.looplab.aio.Aio;

// Twin of shared/conformance/asyncio/s15_factorial.py: gather over three coroutines.
public class Main {

	static void factorial(String name, int number) {
		long f = 1;
		for (int i = 2; i <= number; i++) {
			System.out.println(name + ": step " + i);
			Aio.sleep(1);
			f *= i;
		}
		System.out.println(name + ": " + number + "! = " + f);
	}

	public static void main(String[] args) {
		double t0 = Aio.perfCounter();
		Aio.run(() -> Aio.gather(() -> factorial("A", 2), () -> factorial("B", 3), () -> factorial("C", 4)).await());
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - t0);
	}

}
