import java.util.List;

import dev.looplab.testkit.Expect;
import dev.looplab.testkit.Points;
import dev.looplab.testkit.Program;
import dev.looplab.testkit.ProgramRun;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ShopTests {

	static final List<String> PAGES = List.of("a", "b", "c", "d");

	@Test
	@Points(2)
	void a_elapsed() {
		ProgramRun run = Program.record("the crawl", () -> Shop.crawl(PAGES));
		Expect.completes(run);
		Expect.finishesWithin(run, 1.0, "create all four tasks before awaiting any of them.");
	}

	@Test
	void b_tasksAtOnce() {
		ProgramRun run = Program.record("the limited crawl", () -> Shop.limited(PAGES));
		Expect.atMostTasksAtOnce(run, "fetch", 2, "hold a Semaphore(2) around each fetch.");
	}

	@Test
	void c_loopBlocked() {
		ProgramRun run = Program.record("the ticker", Shop::tick);
		Expect.loopNeverBlocked(run, "use Aio.sleep inside a task.");
	}

	@Test
	void d_cancelled() {
		ProgramRun run = Program.record("the cancellation", Shop::cancelOne);
		Expect.cancelledAndStopped(run, "worker", "let CancelledError end the task.");
	}

	@Test
	void e_order() {
		Expect.happensBefore(Program.run(), "first", "second", "print first, then second.");
	}

	@Test
	void f_completes() {
		Expect.completes(Program.run());
		Expect.outputIs(Program.run(), "second\nfirst\n");
	}

	@Test
	void g_waiting() {
		ProgramRun run = Program.record("the limited crawl", () -> Shop.limited(PAGES));
		Expect.atMostWaitingAtOnce(run, "timer", 2, "");
	}

	@Test
	void h_unexpectedException() {
		assertEquals(3, Shop.parse("three"));
	}

	@Test
	void i_seeded() {
		ProgramRun run = Program.run(7);
		Expect.printedInOrder(run, "second", "first");
		Expect.takesAtLeast(run, 1.0, "wait a second.");
	}

}
