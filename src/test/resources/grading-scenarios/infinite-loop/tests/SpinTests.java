import dev.looplab.testkit.Expect;
import dev.looplab.testkit.Program;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpinTests {

	@Test
	void a_answers() {
		assertEquals(42, Spin.answer());
	}

	@Test
	void b_runs() {
		Expect.completes(Program.run());
	}

	@Test
	void c_neverReached() {
		assertEquals(42, Spin.answer());
	}

}
