import dev.looplab.aio.Aio;
import dev.looplab.aio.Queue;
import dev.looplab.aio.QueueEmpty;
import dev.looplab.aio.Task;

import java.util.ArrayList;
import java.util.List;

public class Main {

	static void worker(String name, Queue<Integer> q, List<String> log) {
		while (true) {
			int n = q.get();
			Aio.sleep(n / 10.0);
			log.add(name + ":" + n);
			q.taskDone();
		}
	}

	static String pyList(List<String> items) {
		List<String> quoted = new ArrayList<>();
		for (String item : items) {
			quoted.add("'" + item + "'");
		}
		return "[" + String.join(", ", quoted) + "]";
	}

	static void amain() {
		Queue<Integer> q = new Queue<>();
		for (int n : new int[] { 3, 1, 4, 1, 5, 2 }) {
			q.putNowait(n);
		}
		List<String> log = new ArrayList<>();
		List<Task<Object>> ws = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			String name = "w" + i;
			ws.add(Aio.createTask(() -> worker(name, q, log)));
		}
		q.join();
		System.out.println(pyList(log));
		System.out.println("empty " + (q.empty() ? "True" : "False") + " size " + q.qsize());
		try {
			q.getNowait();
		}
		catch (QueueEmpty e) {
			System.out.println("QueueEmpty");
		}
		for (Task<Object> w : ws) {
			w.cancel();
		}
		List<Object> res = Aio.gatherReturningExceptions(ws).await();
		List<String> names = new ArrayList<>();
		for (Object r : res) {
			names.add(r.getClass().getSimpleName());
		}
		System.out.println(pyList(names));
	}

	public static void main(String[] args) {
		double t0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - t0);
	}

}
