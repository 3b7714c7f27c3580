import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.looplab.testkit.Expect;
import dev.looplab.testkit.Program;
import dev.looplab.testkit.ProgramRun;

class DownloadFirstLook {

	@Test
	@DisplayName("main learns that the download was cancelled")
	void mainSeesTheCancellation() {
		ProgramRun run = Program.run();
		Expect.completes(run);
		Expect.printed(run, "main: the download was cancelled");
	}

}
