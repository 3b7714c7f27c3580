import dev.looplab.aio.Aio;
import dev.looplab.aio.Task;

import java.util.ArrayList;
import java.util.List;

// Twin of shared/conformance/asyncio/s02_tasks.py: tasks let the waits overlap.
public class Main {

	static void fetch(String name) {
		System.out.println("start " + name);
		Aio.sleep(Integer.parseInt(name.substring(name.lastIndexOf('-') + 1)));
		System.out.println("end " + name);
	}

	static void main(List<String> names) {
		List<Task<Object>> pending = new ArrayList<>();
		for (String n : names) {
			pending.add(Aio.createTask(() -> fetch(n)));
		}
		for (Task<Object> t : pending) {
			t.await();
		}
	}

	public static void main(String[] args) {
		double t0 = Aio.perfCounter();
		Aio.run(() -> main(List.of("page-1", "page-2", "page-3", "page-4")));
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - t0);
	}

}
