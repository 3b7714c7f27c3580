import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.looplab.aio.Aio;
import dev.looplab.aio.CancelledError;
import dev.looplab.aio.Task;
import dev.looplab.testkit.Expect;
import dev.looplab.testkit.Points;
import dev.looplab.testkit.Program;
import dev.looplab.testkit.ProgramRun;

class DownloadTests {

	private static final String LET_IT_GO = "do not catch the CancelledError around Aio.sleep and carry on; let it"
			+ " leave download";

	private static final String FINALLY = "close the file in a finally block around the download loop, so that it"
			+ " is closed however the download ends";

	@Test
	@DisplayName("the cancelled download ends cancelled and stops printing")
	@Points(2)
	void theDownloadStops() {
		ProgramRun run = Program.run();
		Expect.completes(run);
		Expect.cancelledAndStopped(run, "download", LET_IT_GO);
	}

	@Test
	@DisplayName("the file is closed by the time main hears of the cancellation")
	@Points(1)
	void cleansUp() {
		ProgramRun run = Program.run();
		Expect.completes(run);
		Expect.suspendedAtLeast(run, "download", 1, "start the download as a task named download, as main does");
		Expect.printed(run, "main: the download was cancelled");
		noFileLeftOpen(run, "main: files still open: ");
	}

	@Test
	@DisplayName("main is told at 2 s and does not wait for the rest of the download")
	@Points(1)
	void mainIsToldAtOnce() {
		ProgramRun run = Program.run();
		Expect.completes(run);
		Expect.printed(run, "main: the download was cancelled");
		Expect.takesAtLeast(run, 2.0, "main cancels the download after its Aio.sleep(2); keep that sleep");
		Expect.finishesWithin(run, 2.0, LET_IT_GO);
	}

	@Test
	@DisplayName("a download cancelled after 0.7 s stops and closes its file")
	@Points(1)
	void stopsWheneverItIsCancelled() {
		ProgramRun run = Program.record("a download cancelled after 0.7 s", () -> {
			Task<Integer> download = Aio.createTask("download", () -> Download.download("small.iso", 4));
			Aio.sleep(0.7);
			download.cancel();
			try {
				download.await();
				System.out.println("the download finished");
			}
			catch (CancelledError cancelled) {
				System.out.println("the download was cancelled");
			}
			System.out.println("files still open: " + Download.OPEN_FILES);
		});
		Expect.completes(run);
		Expect.cancelledAndStopped(run, "download", LET_IT_GO);
		Expect.printedInOrder(run, "download: chunk 1 of 4", "the download was cancelled");
		noFileLeftOpen(run, "files still open: ");
	}

	private static void noFileLeftOpen(ProgramRun run, String prefix) {
		String report = run.lines()
			.stream()
			.filter((line) -> line.startsWith(prefix))
			.findFirst()
			.orElse("nothing about open files");
		if (!report.equals(prefix + "[]")) {
			Assertions.fail("Expected no file to be left open after the cancellation, but the program printed '"
					+ report + "'. Hint: " + FINALLY + ".");
		}
	}

}
