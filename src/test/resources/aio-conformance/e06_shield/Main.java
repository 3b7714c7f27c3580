import dev.looplab.aio.Aio;
import dev.looplab.aio.CancelledError;
import dev.looplab.aio.Future;
import dev.looplab.aio.Task;

public class Main {

	static String save() {
		System.out.println("save starts");
		Aio.sleep(2);
		System.out.println("save done");
		return "saved";
	}

	static String handler(Future<String> inner) {
		try {
			return Aio.shield(inner).await();
		}
		catch (CancelledError e) {
			System.out.println("handler cancelled");
			throw e;
		}
	}

	static void amain() {
		Task<String> inner = Aio.createTask(Main::save);
		Task<String> h = Aio.createTask(() -> handler(inner));
		Aio.sleep(1);
		h.cancel();
		try {
			h.await();
		}
		catch (CancelledError e) {
			System.out.println("main: handler is cancelled " + py(h.cancelled()));
		}
		System.out.println("inner still running " + py(!inner.done()));
		System.out.println("inner result " + inner.await());
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
