import dev.looplab.aio.Aio;
import dev.looplab.aio.CancelledError;
import dev.looplab.aio.Held;
import dev.looplab.aio.Lock;
import dev.looplab.aio.Task;

public class Main {

	static void user(String name, Lock lock, double hold) {
		try {
			try (Held held = lock.hold()) {
				System.out.println(name + " has the lock");
				Aio.sleep(hold);
			}
			System.out.println(name + " released");
		}
		catch (CancelledError e) {
			System.out.println(name + " cancelled while waiting");
			throw e;
		}
	}

	static void amain() {
		Lock lock = new Lock();
		Task<Object> a = Aio.createTask(() -> user("a", lock, 1));
		Task<Object> b = Aio.createTask(() -> user("b", lock, 1));
		Task<Object> c = Aio.createTask(() -> user("c", lock, 1));
		Aio.sleep(0.5);
		b.cancel();
		Aio.gatherReturningExceptions(a, b, c).await();
		System.out.println("locked " + (lock.locked() ? "True" : "False"));
	}

	public static void main(String[] args) {
		double t0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - t0);
	}

}
