import dev.looplab.aio.Aio;
import dev.looplab.aio.CancelledError;
import dev.looplab.aio.Future;

import java.util.List;

public class Main {

	static int child(int i) {
		try {
			Aio.sleep(i);
			System.out.println("child " + i + " done");
			return i;
		}
		catch (CancelledError e) {
			System.out.println("child " + i + " cancelled");
			throw e;
		}
	}

	static void amain() {
		Future<List<Integer>> g = Aio.gather(() -> child(1), () -> child(2), () -> child(3));
		Aio.sleep(1.5);
		System.out.println("cancel gather: " + py(g.cancel()));
		try {
			g.await();
		}
		catch (CancelledError e) {
			System.out.println("main: gather cancelled");
		}
		System.out.println("gather cancelled() " + py(g.cancelled()));
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
