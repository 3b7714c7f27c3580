import dev.looplab.aio.Aio;
import dev.looplab.aio.CancelledError;
import dev.looplab.aio.Future;
import dev.looplab.aio.Task;

import java.util.List;

public class Main {

	static int child(int i) {
		Aio.sleep(i);
		System.out.println("child " + i + " done");
		return i;
	}

	static void amain() {
		List<Task<Integer>> kids = List.of(Aio.createTask(() -> child(1)), Aio.createTask(() -> child(2)),
				Aio.createTask(() -> child(3)));
		Future<List<Integer>> g = Aio.gather(kids);
		Aio.sleep(1.5);
		kids.get(1).cancel();
		try {
			g.await();
		}
		catch (CancelledError e) {
			System.out.println("gather raised CancelledError");
		}
		System.out.println("main cancelling " + Aio.currentTask().cancelling());
		System.out.println("kid 3 still running " + (!kids.get(2).done() ? "True" : "False"));
		kids.get(2).await();
		System.out.println("dup gather " + Aio.gather(kids.get(0), kids.get(0)).await());
	}

	public static void main(String[] args) {
		double t0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - t0);
	}

}
