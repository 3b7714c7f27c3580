import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.looplab.testkit.Expect;
import dev.looplab.testkit.Program;
import dev.looplab.testkit.ProgramRun;

class HeartbeatFirstLook {

	@Test
	@DisplayName("the first tick comes before the files are compressed")
	void theFirstTickIsOnTime() {
		ProgramRun run = Program.run();
		Expect.completes(run);
		Expect.happensBefore(run, "tick 1", "compressed 4 files", "run compress with Aio.toThread");
	}

}
