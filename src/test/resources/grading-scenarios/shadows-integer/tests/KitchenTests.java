import dev.looplab.testkit.Program;
import dev.looplab.testkit.ProgramRun;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class KitchenTests {

	@Test
	@DisplayName("serves all six dishes")
	void servesSix() {
		ProgramRun run = Program.run();
		String line = run.lines().stream().filter((l) -> l.startsWith("served ")).findFirst().orElse("served 0");
		Assertions.assertEquals(6, Integer.parseInt(line.substring("served ".length())), "dishes served");
	}

}
