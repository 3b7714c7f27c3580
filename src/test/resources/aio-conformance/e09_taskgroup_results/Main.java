import dev.looplab.aio.Aio;
import dev.looplab.aio.Task;
import dev.looplab.aio.TaskGroup;

import java.util.ArrayList;
import java.util.List;

public class Main {

	static int square(int n) {
		Aio.sleep(n / 10.0);
		System.out.println("square " + n);
		return n * n;
	}

	static void amain() {
		List<Task<Integer>> tasks = new ArrayList<>();
		try (TaskGroup tg = new TaskGroup()) {
			for (int n : new int[] { 3, 1, 2 }) {
				tasks.add(tg.createTask("sq" + n, () -> square(n)));
			}
			List<String> names = new ArrayList<>();
			for (Task<Integer> t : tasks) {
				names.add("'" + t.getName() + "'");
			}
			System.out.println("created [" + String.join(", ", names) + "]");
		}
		List<Integer> results = new ArrayList<>();
		for (Task<Integer> t : tasks) {
			results.add(t.result());
		}
		System.out.println("results " + results);
	}

	public static void main(String[] args) {
		double t0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - t0);
	}

}
