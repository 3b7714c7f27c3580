import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

// A future nobody completes: main and the worker wait on each other's futures forever.
public class Main {
	public static void main(String[] args) throws Exception {
		CompletableFuture<String> never = new CompletableFuture<>();
		ExecutorService pool = Executors.newSingleThreadExecutor();
		CompletableFuture<String> echo = CompletableFuture.supplyAsync(() -> never.join() + "!", pool);
		System.out.println("waiting");
		System.out.println(echo.get());
	}
}
