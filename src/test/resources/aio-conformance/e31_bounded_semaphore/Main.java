import dev.looplab.aio.Aio;
import dev.looplab.aio.BoundedSemaphore;

public class Main {

	static String py(boolean b) {
		return b ? "True" : "False";
	}

	static void amain() {
		BoundedSemaphore sem = new BoundedSemaphore(2);
		sem.acquire();
		System.out.println("locked after one acquire: " + py(sem.locked()));
		sem.acquire();
		System.out.println("locked after two: " + py(sem.locked()));
		sem.release();
		sem.release();
		try {
			sem.release();
		}
		catch (IllegalArgumentException e) { // Python's ValueError
			System.out.println("third release: ValueError");
		}
	}

	public static void main(String[] args) {
		double t0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - t0);
	}

}
