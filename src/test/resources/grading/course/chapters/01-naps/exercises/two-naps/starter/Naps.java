import dev.looplab.aio.Aio;

public class Naps {

	static void nap(String name) {
		Aio.sleep(1.0);
		System.out.println("woke " + name);
	}

	public static void main(String[] args) {
		Aio.run(() -> {
			nap("a");
			nap("b");
			System.out.println("done");
		});
	}

}
