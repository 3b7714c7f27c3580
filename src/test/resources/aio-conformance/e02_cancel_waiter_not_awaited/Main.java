import dev.looplab.aio.Aio;
import dev.looplab.aio.CancelledError;
import dev.looplab.aio.Future;
import dev.looplab.aio.Task;

public class Main {

	static String child(String name) {
		try {
			Aio.sleep(2);
			System.out.println(name + " finished");
			return name;
		}
		catch (CancelledError e) {
			System.out.println(name + " cancelled");
			throw e;
		}
	}

	static Object waiter(Future<?> t) {
		try {
			return t.await();
		}
		catch (CancelledError e) {
			System.out.println("waiter cancelled");
			throw e;
		}
	}

	static void amain() {
		Task<String> c1 = Aio.createTask(() -> child("c1"));
		Task<Object> w1 = Aio.createTask(() -> waiter(c1));
		Task<String> c2 = Aio.createTask(() -> child("c2"));
		Future<String> shielded = Aio.shield(c2);
		Task<Object> w2 = Aio.createTask(() -> waiter(shielded));
		Aio.sleep(1);
		w1.cancel();
		w2.cancel();
		Aio.sleep(0);
		System.out.println("c1 cancelled " + py(c1.cancelled()) + " c2 cancelled " + py(c2.cancelled()));
		System.out.println("c2 result " + c2.await());
	}

	static String py(boolean b) {
		return b ? "True" : "False";
	}

	public static void main(String[] args) {
		double t0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - t0);
	}

}
