import dev.looplab.aio.Aio;
import dev.looplab.aio.Task;

import java.util.ArrayList;
import java.util.List;

// Twin of shared/conformance/asyncio/s08_cancel_errors.py: gather(return_exceptions=True).
// ZeroDivisionError -> ArithmeticException is what Python calls it, so the twin prints the
// Python name for it (the list shows exception names as Python does).
public class Main {

	static int one() {
		Aio.sleep(1);
		System.out.println("one finished");
		return 1;
	}

	static int two() {
		Aio.sleep(2);
		System.out.println("two finished");
		int zero = 0;
		return 2 / zero;
	}

	static int three() {
		Aio.sleep(3);
		return 3;
	}

	static String pythonName(Throwable t) {
		return (t instanceof ArithmeticException) ? "ZeroDivisionError" : t.getClass().getSimpleName();
	}

	static void amain() {
		List<Task<Integer>> ts = List.of(Aio.createTask(Main::one), Aio.createTask(Main::two),
				Aio.createTask(Main::three));
		Aio.sleep(2);
		ts.get(2).cancel();
		List<Object> res = Aio.gatherReturningExceptions(ts).await();
		List<String> shown = new ArrayList<>();
		for (Object r : res) {
			shown.add((r instanceof Throwable t) ? "'" + pythonName(t) + "'" : String.valueOf(r));
		}
		System.out.println("[" + String.join(", ", shown) + "]");
	}

	public static void main(String[] args) {
		double t0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - t0);
	}

}
