import java.util.Locale;

import dev.looplab.aio.Aio;
import dev.looplab.aio.Task;

/**
 * Two workers; one waits with Aio.sleep, the other computes without ever suspending.
 * Run it on the virtual clock, then on the real one (the choice beside Run).
 */
public class ComputingOnTheLoop {

	static final int LIMIT = 4_000_000;

	public static void main(String[] args) {
		Aio.run(() -> {
			double start = Aio.time();
			Task<Object> polite = Aio.createTask("polite", () -> {
				System.out.printf(Locale.ROOT, "%.2f: polite begins, back in 0.5 s%n", Aio.time() - start);
				Aio.sleep(0.5);
				System.out.printf(Locale.ROOT, "%.2f: polite is back%n", Aio.time() - start);
			});
			Task<Object> busy = Aio.createTask("busy", () -> {
				System.out.printf(Locale.ROOT, "%.2f: busy begins counting primes%n", Aio.time() - start);
				int primes = countPrimes(LIMIT); // never suspends: the loop waits for it
				System.out.printf(Locale.ROOT, "%.2f: busy found %d primes%n", Aio.time() - start, primes);
			});
			polite.await();
			busy.await();
			System.out.printf(Locale.ROOT, "elapsed %.2f%n", Aio.time() - start);
		});
	}

	static int countPrimes(int limit) {
		int count = 0;
		for (int n = 2; n < limit; n++) {
			boolean prime = true;
			for (int d = 2; (long) d * d <= n; d++) {
				if (n % d == 0) {
					prime = false;
					break;
				}
			}
			if (prime) {
				count++;
			}
		}
		return count;
	}

}
