import dev.looplab.aio.Aio;
import dev.looplab.aio.Task;

public class Main {

	static void leaf(String name) {
		System.out.println("leaf " + name + " starts");
		Aio.sleep(0);
		System.out.println("leaf " + name + " ends");
	}

	static void branch(String name) {
		System.out.println("branch " + name + " starts");
		Task<Object> t = Aio.createTask(() -> leaf(name + ".1"));
		System.out.println("branch " + name + " created its leaf");
		Aio.sleep(0);
		System.out.println("branch " + name + " continues");
		t.await();
		System.out.println("branch " + name + " ends");
	}

	static void amain() {
		Task<Object> a = Aio.createTask(() -> branch("A"));
		Task<Object> b = Aio.createTask(() -> branch("B"));
		System.out.println("main created branches");
		Aio.gather(a, b).await();
	}

	public static void main(String[] args) {
		double t0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - t0);
	}

}
