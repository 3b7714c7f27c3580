import dev.looplab.aio.Aio;
import dev.looplab.aio.DoneAndPending;
import dev.looplab.aio.Future;
import dev.looplab.aio.ReturnWhen;
import dev.looplab.aio.Task;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

public class Main {

	static class BoomError extends RuntimeException {

		BoomError(String message) {
			super(message);
		}

	}

	static double T0;

	static String job(String name, double delay, boolean fail) {
		Aio.sleep(delay);
		if (fail) {
			throw new BoomError(name);
		}
		return name;
	}

	static String names(Collection<Future<?>> tasks) {
		List<String> names = new ArrayList<>();
		for (Future<?> t : tasks) {
			names.add("'" + ((Task<?>) t).getName() + "'");
		}
		names.sort(null);
		return "[" + String.join(", ", names) + "]";
	}

	static void show(String what, DoneAndPending r) {
		System.out.printf("%s at %.1f: done=%s pending=%s%n", what, Aio.perfCounter() - T0, names(r.done()),
				names(r.pending()));
	}

	static void amain() {
		List<Task<String>> ts = new ArrayList<>();
		ts.add(Aio.createTask("slow", () -> job("slow", 2, false)));
		ts.add(Aio.createTask("fast", () -> job("fast", 0.5, false)));
		ts.add(Aio.createTask("mid", () -> job("mid", 1, false)));
		show("first completed", Aio.wait(ts, -1, ReturnWhen.FIRST_COMPLETED));
		show("after timeout", Aio.wait(ts, 0.2, ReturnWhen.ALL_COMPLETED));
		List<Task<String>> more = new ArrayList<>(ts);
		more.add(Aio.createTask("bad", () -> job("bad", 0.3, true)));
		show("first exception", Aio.wait(more, -1, ReturnWhen.FIRST_EXCEPTION));
		show("all", Aio.wait(ts));
	}

	public static void main(String[] args) {
		T0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - T0);
	}

}
