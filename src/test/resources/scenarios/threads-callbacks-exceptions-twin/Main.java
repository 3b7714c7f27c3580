import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

// The Java twin of the conformance program threads/f04_callbacks_exceptions.py: add_done_callback
// becomes whenComplete; the exception travels in the future until get() throws it.
// ZeroDivisionError is ArithmeticException here, printed under its Python name.
public class Main {
	static long t0;

	static double divide(int a, int b, long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			throw new CompletionException(ex);
		}
		return a / b;
	}

	static void report(Double result, Throwable failure) {
		if (failure != null) {
			Throwable cause = (failure instanceof CompletionException) ? failure.getCause() : failure;
			System.out.printf("%.1f callback: failed with %s%n", now(), pythonName(cause));
		}
		else {
			System.out.printf("%.1f callback: result %s%n", now(), result);
		}
	}

	static String pythonName(Throwable failure) {
		return (failure instanceof ArithmeticException) ? "ZeroDivisionError" : failure.getClass().getSimpleName();
	}

	public static void main(String[] args) throws Exception {
		t0 = System.nanoTime();
		CompletableFuture<Double> ok;
		try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
			ok = CompletableFuture.supplyAsync(() -> divide(6, 3, 100), pool);
			CompletableFuture<Double> bad = CompletableFuture.supplyAsync(() -> divide(1, 0, 300), pool);
			ok.whenComplete(Main::report);
			bad.whenComplete(Main::report);
			Thread.sleep(400);
			try {
				bad.get();
			}
			catch (ExecutionException ex) {
				System.out.printf("%.1f result() raised %s%n", now(), pythonName(ex.getCause()));
			}
		}
		CompletableFuture<Double> doneAlready = ok;
		doneAlready.whenComplete((result, failure) -> System.out.println("late callback runs at once: " + result));
		System.out.printf("elapsed %.1f%n", now());
	}

	static double now() {
		return (System.nanoTime() - t0) / 1e9;
	}
}
