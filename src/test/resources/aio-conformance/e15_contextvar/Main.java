import dev.looplab.aio.Aio;
import dev.looplab.aio.ContextVar;
import dev.looplab.aio.Task;

public class Main {

	static final ContextVar<String> request = new ContextVar<>("request", "none");

	static void handler(String name) {
		System.out.println(name + " sees " + request.get());
		request.set(name);
		Aio.sleep(0.1);
		System.out.println(name + " now sees " + request.get());
		Task<Object> inner = Aio.createTask(() -> child(name));
		inner.await();
	}

	static void child(String parent) {
		System.out.println("child of " + parent + " sees " + request.get());
	}

	static void amain() {
		request.set("main-value");
		Task<Object> a = Aio.createTask(() -> handler("A"));
		request.set("changed-after-A");
		Task<Object> b = Aio.createTask(() -> handler("B"));
		Aio.gather(a, b).await();
		System.out.println("main sees " + request.get());
	}

	public static void main(String[] args) {
		double t0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - t0);
	}

}
