import dev.looplab.aio.Aio;
import dev.looplab.aio.CancelledError;
import dev.looplab.aio.Future;
import dev.looplab.aio.Task;

import java.util.ArrayList;
import java.util.List;

public class Main {

	static String leaf(String name, double d) {
		try {
			Aio.sleep(d);
			System.out.println(name + " done");
			return name;
		}
		catch (CancelledError e) {
			System.out.println(name + " cancelled");
			throw e;
		}
	}

	static List<List<String>> parent() {
		Future<List<String>> inner1 = Aio.gather(() -> leaf("a", 1), () -> leaf("b", 3));
		Future<List<String>> inner2 = Aio.gather(() -> leaf("c", 2), () -> leaf("d", 4));
		try {
			return Aio.gather(inner1, inner2).await();
		}
		catch (CancelledError e) {
			System.out.println("parent cancelled");
			throw e;
		}
	}

	static void amain() {
		Task<List<List<String>>> p = Aio.createTask(Main::parent);
		Aio.sleep(2.5);
		System.out.println("cancel: " + (p.cancel("enough") ? "True" : "False"));
		List<Object> res = Aio.gatherReturningExceptions(p).await();
		List<String> types = new ArrayList<>();
		for (Object r : res) {
			types.add("'" + r.getClass().getSimpleName() + "'");
		}
		System.out.println("result types: [" + String.join(", ", types) + "]");
		System.out.println("p cancelled: " + (p.cancelled() ? "True" : "False"));
	}

	public static void main(String[] args) {
		double t0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - t0);
	}

}
