import dev.looplab.aio.Aio;
import dev.looplab.aio.Task;

public class Main {

	static int work(int v) {
		Aio.sleep(0.5);
		System.out.println("work returns " + v);
		return v;
	}

	static void amain() {
		Task<Integer> t = Aio.createTask(() -> work(7));
		t.addDoneCallback((f) -> System.out.println("callback 1 sees " + f.result()));
		t.addDoneCallback((f) -> System.out.println("callback 2 sees " + f.result()));
		int r = t.await();
		System.out.println("main got " + r);
		t.addDoneCallback((f) -> System.out.println("late callback"));
		System.out.println("main continues");
		Aio.sleep(0);
		System.out.println("main after sleep(0)");
	}

	public static void main(String[] args) {
		double t0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - t0);
	}

}
