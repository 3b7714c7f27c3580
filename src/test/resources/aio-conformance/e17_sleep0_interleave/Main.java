import dev.looplab.aio.Aio;
import dev.looplab.aio.Task;

import java.util.List;

public class Main {

	static void ticker(String name, int n) {
		for (int i = 0; i < n; i++) {
			System.out.println(name + i);
			Aio.sleep(0);
		}
		System.out.println(name + " done");
	}

	static void amain() {
		List<Task<Object>> t = List.of(Aio.createTask(() -> ticker("a", 3)), Aio.createTask(() -> ticker("b", 2)),
				Aio.createTask(() -> ticker("c", 4)));
		System.out.println("main yields");
		Aio.sleep(0);
		System.out.println("main back");
		Aio.gather(t).await();
	}

	public static void main(String[] args) {
		double t0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - t0);
	}

}
