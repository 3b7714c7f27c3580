import java.util.List;
import java.util.Locale;

/**
 * A crawler that fetches four pages one after another. Each "fetch" is simulated with
 * Thread.sleep: the program waits exactly as it would for a slow server, and the CPU has
 * nothing to do meanwhile.
 */
public class Crawler {

	/** A page and how long its server takes to answer. */
	record Page(String name, int seconds) {
	}

	public static void main(String[] args) throws InterruptedException {
		List<Page> pages = List.of(new Page("page-1", 1), new Page("page-2", 2), new Page("page-3", 3),
				new Page("page-4", 4));

		long start = System.nanoTime();
		for (Page page : pages) {
			System.out.println(clock(start) + "  start   " + page.name());
			long began = System.nanoTime();
			fetch(page);
			System.out.println(clock(start) + "  fetched " + page.name() + " (took " + seconds(began, 1) + " s)");
		}
		System.out.println(clock(start) + "  done: " + pages.size() + " pages in " + seconds(start, 2)
				+ " s, one after another");
	}

	/** Stands in for a network request: nothing happens until the answer arrives. */
	static void fetch(Page page) throws InterruptedException {
		Thread.sleep(page.seconds() * 1000L);
	}

	/** Time since {@code start}, padded so that the columns line up. */
	static String clock(long start) {
		return String.format(Locale.ROOT, "%6s s", seconds(start, 2));
	}

	static String seconds(long since, int decimals) {
		double elapsed = (System.nanoTime() - since) / 1e9;
		return String.format(Locale.ROOT, "%." + decimals + "f", elapsed);
	}

}
