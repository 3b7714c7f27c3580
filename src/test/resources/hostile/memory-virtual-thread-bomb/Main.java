// Virtual threads are allowed and cheap, yet each blocked one keeps its stack, and what
// its task holds, on the heap: a flood of them exhausts a small heap long before any
// time limit. The verdict is MEMORY_LIMIT.
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class Main {
	public static void main(String[] args) {
		CountDownLatch never = new CountDownLatch(1);
		ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
		for (int i = 0; i < 10_000_000; i++) {
			executor.submit(() -> {
				byte[] buffer = new byte[16 * 1024];
				never.await();
				return buffer.length;
			});
		}
		System.out.println("ten million blocked virtual threads");
	}
}
