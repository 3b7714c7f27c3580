import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs four tasks on a pool of four threads twice: once tasks that only wait, once tasks
 * that only compute. Waiting tasks overlap however few cores there are; computing tasks
 * can only go as fast as the cores allow.
 */
public class TakingTurns {

	static final int TASKS = 4;

	static final long WAIT_MILLIS = 500;

	/** Sized so that one count takes a few tenths of a second on one core. */
	static final int PRIME_LIMIT = 1_800_000;

	public static void main(String[] args) throws Exception {
		int cores = Runtime.getRuntime().availableProcessors();
		System.out.println("This JVM may use " + cores + " core(s) at the same instant.");

		System.out.println();
		System.out.println("Waiting: " + TASKS + " tasks, each waits " + WAIT_MILLIS + " ms");
		double oneWait = WAIT_MILLIS / 1000.0;
		line("one task alone", oneWait, "the wait it was given");
		double pooledWaits = onPool(() -> {
			Thread.sleep(WAIT_MILLIS);
			return 0L;
		});
		report(oneWait, pooledWaits);

		System.out.println();
		System.out.println("Computing: " + TASKS + " tasks, each counts the primes below " + PRIME_LIMIT);
		countPrimes(PRIME_LIMIT / 4); // let the JIT compiler translate the loop before we time it
		long start = System.nanoTime();
		long primes = countPrimes(PRIME_LIMIT);
		double oneCount = (System.nanoTime() - start) / 1e9;
		line("one task alone", oneCount, "found " + primes + " primes");
		double pooledCounts = onPool(() -> countPrimes(PRIME_LIMIT));
		report(oneCount, pooledCounts);
	}

	/** Runs {@link #TASKS} copies of the work on a pool of as many threads; returns seconds. */
	static double onPool(Callable<Long> work) throws Exception {
		long start = System.nanoTime();
		try (ExecutorService pool = Executors.newFixedThreadPool(TASKS)) {
			List<Future<Long>> results = new ArrayList<>();
			for (int i = 0; i < TASKS; i++) {
				results.add(pool.submit(work));
			}
			for (Future<Long> result : results) {
				result.get();
			}
		}
		return (System.nanoTime() - start) / 1e9;
	}

	static void report(double alone, double pooled) {
		line(TASKS + " tasks, one after another", TASKS * alone, TASKS + " x one task");
		String speedUp = String.format(Locale.ROOT, "%.1f", TASKS * alone / pooled);
		line(TASKS + " tasks on " + TASKS + " threads", pooled, speedUp + "x as fast as one after another");
	}

	static void line(String label, double seconds, String note) {
		System.out.println(String.format(Locale.ROOT, "  %-26s %5.2f s  (%s)", label, seconds, note));
	}

	/** Pure computation: trial division, no waiting at all. */
	static long countPrimes(int below) {
		long count = 0;
		for (int n = 2; n < below; n++) {
			boolean prime = true;
			for (int d = 2; d * d <= n; d++) {
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
