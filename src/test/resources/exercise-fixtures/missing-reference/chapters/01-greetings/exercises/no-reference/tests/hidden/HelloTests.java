import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.looplab.testkit.Expect;
import dev.looplab.testkit.Points;
import dev.looplab.testkit.Program;

class HelloTests {

	@Test
	@DisplayName("greets the world")
	@Points(2)
	void greetsTheWorld() {
		Expect.printed(Program.run(), "hello, world");
	}

}
