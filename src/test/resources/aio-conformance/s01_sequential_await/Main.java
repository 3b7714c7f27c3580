import dev.looplab.aio.Aio;

import java.util.List;

// Twin of shared/conformance/asyncio/s01_sequential_await.py: awaiting coroutines one by one.
public class Main {

	static void fetch(String name) {
		System.out.println("start " + name);
		Aio.sleep(Integer.parseInt(name.substring(name.lastIndexOf('-') + 1)));
		System.out.println("end " + name);
	}

	static void main(List<String> names) {
		for (String n : names) {
			fetch(n); // a direct call is Python's `await fetch(n)`
		}
	}

	public static void main(String[] args) {
		long t0 = System.nanoTime(); // read through LearnerClock: virtual time
		Aio.run(() -> main(List.of("page-1", "page-2", "page-3", "page-4")));
		System.out.printf("elapsed %.1f%n", (System.nanoTime() - t0) / 1e9);
	}

}
