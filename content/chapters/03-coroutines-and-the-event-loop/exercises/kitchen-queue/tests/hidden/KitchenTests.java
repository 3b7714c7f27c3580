import java.util.List;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import dev.looplab.testkit.Expect;
import dev.looplab.testkit.Points;
import dev.looplab.testkit.Program;
import dev.looplab.testkit.ProgramRun;
import dev.looplab.testkit.TaskRecord;

class KitchenTests {

	@Test
	@DisplayName("each of the six dishes is served exactly once")
	@Points(1)
	void servesEveryDishOnce() {
		ProgramRun run = Program.run();
		Expect.completes(run);
		for (String dish : List.of("soup", "salad", "pasta", "pizza", "curry", "cake")) {
			long served = run.lines().stream().filter((line) -> line.endsWith(" serves " + dish)).count();
			if (served != 1) {
				Assertions.fail("Expected '" + dish + "' to be served once, but it was served " + served
						+ " times. Hint: every cook takes its orders from the one shared queue.");
			}
		}
		Expect.printed(run, "all 6 dishes served");
		Expect.waitedAtLeast(run, "timer", 6, "every dish takes a second to cook; keep cook's Aio.sleep(1)");
	}

	@Test
	@DisplayName("two cooks serve the six dishes in 3 s")
	@Points(2)
	void twoCooksOverlap() {
		ProgramRun run = Program.run();
		Expect.completes(run);
		Expect.atLeastTasksAtOnce(run, "cook-", 2,
				"create one task per cook in serve, named cook-1, cook-2, ..., before the waiter puts up orders");
		Expect.finishesWithin(run, 3.0,
				"create one task per cook in serve, named cook-1, cook-2, ..., all taking orders from the same queue");
	}

	@Test
	@DisplayName("the two cooks share the work: three dishes each")
	@Points(1)
	void theCooksShareTheWork() {
		ProgramRun run = Program.run();
		Expect.completes(run);
		for (String name : List.of("cook-1", "cook-2")) {
			TaskRecord cook = run.task(name)
				.orElseThrow(() -> new AssertionFailedError("Expected a task named " + name
						+ ", but there was none. Hint: name the cook tasks cook-1, cook-2, ..."));
			long served = cook.lines().stream().filter((line) -> line.contains(" serves ")).count();
			if (served != 3) {
				Assertions.fail("Expected " + name + " to serve 3 of the 6 dishes, but it served " + served
						+ ". Hint: all cooks take their orders from the one shared queue.");
			}
		}
	}

	@Test
	@DisplayName("three cooks work on five dishes at once and finish in 2 s")
	@Points(1)
	void hiresTheNumberAskedFor() {
		ProgramRun run = Program.record("five dishes, three cooks",
				() -> Kitchen.serve(List.of("tea", "toast", "eggs", "beans", "jam"), 3));
		Expect.completes(run);
		Expect.printed(run, "all 5 dishes served");
		Expect.atLeastTasksAtOnce(run, "cook-", 3, "hire as many cooks as serve's cooks parameter says");
		Expect.atMostTasksAtOnce(run, "cook-", 3, "hire as many cooks as serve's cooks parameter says, no more");
		Expect.finishesWithin(run, 2.0, "hire as many cooks as serve's cooks parameter says");
	}

}
