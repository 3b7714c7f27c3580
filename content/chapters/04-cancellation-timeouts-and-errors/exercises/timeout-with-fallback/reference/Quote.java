import java.util.Locale;

import dev.looplab.aio.Aio;
import dev.looplab.aio.TimeoutError;

/**
 * The price to show on a shop page, from a price server or the cache. The server gets a deadline; past it, the cached price is shown.
 */
public class Quote {

	/** The price the cache remembers from a minute ago. */
	static final double CACHED = 99.50;

	/** Asks the price server, which answers after {@code seconds}. */
	static double askServer(double seconds) {
		System.out.println("asking the price server");
		Aio.sleep(seconds);
		System.out.println("the price server answered");
		return 101.25;
	}

	/**
	 * The price to show: the server's if it answers within {@code timeoutSeconds}, the
	 * cached one otherwise.
	 */
	static String quote(double serverSeconds, double timeoutSeconds) {
		try {
			return answer(Aio.waitFor(() -> askServer(serverSeconds), timeoutSeconds), "fresh");
		}
		catch (TimeoutError late) {
			return answer(CACHED, "cached");
		}
	}

	static String answer(double price, String source) {
		return String.format(Locale.ROOT, "%.2f (%s)", price, source);
	}

	public static void main(String[] args) {
		Aio.run(() -> {
			String price = quote(3, 1);
			System.out.println("quote: " + price);
		});
	}

}
