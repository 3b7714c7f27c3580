import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CounterTests {

	@Test
	@DisplayName("counts four")
	void countsFour() {
		if (!String.valueOf(Counter.count()).equals("4")) {
			Assertions.fail("Expected a count of 4, but it was " + Counter.count() + ".");
		}
	}

}
