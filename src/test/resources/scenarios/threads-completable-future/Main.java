import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

// CompletableFuture on the common pool, in virtual time: stages, composition, errors, allOf, anyOf.
public class Main {
	static long t0;

	static <T> T after(long millis, T value) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			throw new CompletionException(ex);
		}
		System.out.printf("%.1f %s on %s%n", now(), value, Thread.currentThread().getName());
		return value;
	}

	public static void main(String[] args) throws Exception {
		t0 = System.nanoTime();
		CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> after(300, 1));
		CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> after(100, 2));
		CompletableFuture<Integer> sum = a.thenCompose((x) -> b.thenApply((y) -> x + y));
		int total = sum.join();
		System.out.printf("%.1f sum %d%n", now(), total);

		CompletableFuture<Integer> failing = CompletableFuture.supplyAsync(() -> after(100, 0))
			.thenApply((x) -> 10 / x);
		int recovered = failing.exceptionally((ex) -> -1).join();
		String handled = failing.handle((v, ex) -> (ex == null) ? "value " + v : "error " + ex.getCause().getMessage())
			.get();
		System.out.printf("%.1f recovered %d, %s%n", now(), recovered, handled);
		try {
			failing.join();
		}
		catch (CompletionException ex) {
			System.out.println("join threw " + ex.getCause());
		}

		List<CompletableFuture<String>> slow = List.of(
				CompletableFuture.supplyAsync(() -> after(200, "x")),
				CompletableFuture.supplyAsync(() -> after(100, "y")),
				CompletableFuture.supplyAsync(() -> after(400, "z")),
				CompletableFuture.supplyAsync(() -> after(120, "w")));
		Object first = CompletableFuture.anyOf(slow.toArray(CompletableFuture[]::new)).get();
		System.out.printf("%.1f first %s%n", now(), first);
		CompletableFuture.allOf(slow.toArray(CompletableFuture[]::new)).join();
		System.out.printf("%.1f all %s%n", now(), slow.stream().map(CompletableFuture::join).toList());

		CompletableFuture<Void> ran = CompletableFuture.runAsync(() -> after(100, "ran"));
		try {
			ran.get(30, TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			System.out.printf("%.1f not yet%n", now());
		}
		ran.get(1, TimeUnit.SECONDS);
		CompletableFuture<String> manual = new CompletableFuture<>();
		CompletableFuture.runAsync(() -> manual.complete(after(100, "by hand")));
		String shouted = manual.thenApply(String::toUpperCase).get();
		System.out.printf("%.1f %s, done %b%n", now(), shouted, manual.isDone());

		String late = CompletableFuture.supplyAsync(() -> after(500, "slow"))
			.completeOnTimeout("default", 100, TimeUnit.MILLISECONDS)
			.join();
		System.out.printf("%.1f %s%n", now(), late);
		try {
			CompletableFuture.supplyAsync(() -> after(350, "slower")).orTimeout(100, TimeUnit.MILLISECONDS).join();
		}
		catch (CompletionException ex) {
			System.out.printf("%.1f orTimeout: %s%n", now(), ex.getCause().getClass().getSimpleName());
		}
		CompletableFuture.runAsync(() -> System.out.printf("%.1f delayed ran%n", now()),
				CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS))
			.join();
		System.out.printf("elapsed %.1f%n", now());
	}

	static double now() {
		return (System.nanoTime() - t0) / 1e9;
	}
}
