import dev.looplab.testkit.Expect;
import dev.looplab.testkit.Points;
import dev.looplab.testkit.Program;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HelperTests {

	@Test
	@DisplayName("the program runs")
	void runs() {
		Expect.completes(Program.run());
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 2 })
	@Points(2)
	void twice(int n) {
		assertEquals(2 * n, Helper.twice(n), "twice(" + n + ")");
	}

}
