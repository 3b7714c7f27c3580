import dev.looplab.aio.Aio;
import dev.looplab.aio.Task;

public class Naps {

	static void nap(String name) {
		Aio.sleep(1.0);
		System.out.println("woke " + name);
	}

	public static void main(String[] args) {
		Aio.run(() -> {
			Task<Object> a = Aio.createTask("nap-a", () -> {
				nap("a");
				return null;
			});
			Task<Object> b = Aio.createTask("nap-b", () -> {
				nap("b");
				return null;
			});
			a.await();
			b.await();
			System.out.println("done");
		});
	}

}
