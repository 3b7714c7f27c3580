import dev.looplab.testkit.Expect;
import dev.looplab.testkit.Program;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QuoteTests {

	static final String EXPECTED = "quote: 99.50 (cached)";

	@Test
	@DisplayName("prints the cached price")
	void printsTheCachedPrice() {
		Expect.printed(Program.run(), EXPECTED);
	}

}
