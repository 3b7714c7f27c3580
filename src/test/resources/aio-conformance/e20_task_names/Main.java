import dev.looplab.aio.Aio;
import dev.looplab.aio.Task;

public class Main {

	static void show() {
		Aio.sleep(0);
		System.out.println("running " + Aio.currentTask().getName());
	}

	static void amain() {
		Task<Object> t1 = Aio.createTask(Main::show);
		Task<Object> t2 = Aio.createTask("custom", Main::show);
		Task<Object> t3 = Aio.createTask(Main::show);
		System.out.println("['" + t1.getName() + "', '" + t2.getName() + "', '" + t3.getName() + "']");
		t3.setName("renamed");
		Aio.gather(t1, t2, t3).await();
		boolean all = t1.done() && t2.done() && t3.done();
		System.out.println("all done: " + (all ? "True" : "False"));
	}

	public static void main(String[] args) {
		double t0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - t0);
	}

}
