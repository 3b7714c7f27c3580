import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class Main {
	static class A {
		static final int VALUE;
		static {
			pause();
			VALUE = B.VALUE + 1;
		}
	}

	static class B {
		static final int VALUE;
		static {
			pause();
			VALUE = A.VALUE + 1;
		}
	}

	static void pause() {
		try {
			Thread.sleep(300);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	public static void main(String[] args) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		var a = pool.submit(() -> A.VALUE);
		var b = pool.submit(() -> B.VALUE);
		System.out.println("two class initializers wait for each other");
		System.out.println(a.get() + b.get());
	}
}
