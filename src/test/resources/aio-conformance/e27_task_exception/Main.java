import dev.looplab.aio.Aio;
import dev.looplab.aio.InvalidStateError;
import dev.looplab.aio.Task;

public class Main {

	static class BoomError extends RuntimeException {

		BoomError(String message) {
			super(message);
		}

	}

	static Object boom() {
		Aio.sleep(0.5);
		throw new BoomError("kaput");
	}

	static String py(boolean b) {
		return b ? "True" : "False";
	}

	static void amain() {
		Task<Object> t = Aio.createTask(Main::boom);
		try {
			t.await();
		}
		catch (BoomError e) {
			System.out.println("awaiting raised " + e.getMessage());
		}
		System.out.println("done " + py(t.done()) + " cancelled " + py(t.cancelled()));
		Throwable e = t.exception();
		System.out.println("exception " + e.getClass().getSimpleName() + "('" + e.getMessage() + "')");
		try {
			t.result();
		}
		catch (BoomError again) {
			System.out.println("result() raised too");
		}
		Task<Object> p = Aio.createTask(() -> Aio.sleep(1));
		try {
			p.result();
		}
		catch (InvalidStateError pending) {
			System.out.println("pending result: InvalidStateError");
		}
		p.await();
	}

	public static void main(String[] args) {
		double t0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - t0);
	}

}
