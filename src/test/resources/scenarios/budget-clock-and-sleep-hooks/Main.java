import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

public class Main {
	public static void main(String[] args) throws Exception {
		LongSupplier clock = System::nanoTime;
		long start = clock.getAsLong();
		Instant began = Instant.now();
		Thread.sleep(50);
		TimeUnit.MILLISECONDS.sleep(50);
		Thread.sleep(Duration.ofMillis(50));
		Object lock = new Object();
		synchronized (lock) {
			lock.wait(50);
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.println("slept at least 200 ms: " + (millis >= 200));
		System.out.println("the clocks moved on: " + Instant.now().isAfter(began) + " "
				+ (LocalDateTime.now().getYear() >= 2024));
	}
}
