import dev.looplab.testkit.Expect;
import dev.looplab.testkit.Program;
import org.junit.jupiter.api.Test;

class FloodTests {

	@Test
	void runs() {
		Expect.completes(Program.run());
	}

}
