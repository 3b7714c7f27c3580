import dev.looplab.aio.Aio;
import dev.looplab.aio.EventLoop;
import dev.looplab.aio.TimerHandle;

public class Main {

	static void amain() {
		EventLoop loop = Aio.loop();
		double start = loop.time();
		loop.callLater(0.2, () -> System.out.println("later 0.2"));
		loop.callLater(0.1, () -> System.out.println("later 0.1 (a)"));
		loop.callSoon(() -> System.out.println("soon 1"));
		loop.callLater(0.1, () -> System.out.println("later 0.1 (b)"));
		TimerHandle h = loop.callLater(0.15, () -> System.out.println("cancelled timer"));
		loop.callSoon(() -> System.out.println("soon 2"));
		h.cancel();
		loop.callSoon(() -> {
			System.out.println("chain runs");
			loop.callSoon(() -> System.out.println("chained soon"));
		});
		System.out.println("main before sleep(0)");
		Aio.sleep(0);
		System.out.println("main after sleep(0)");
		Aio.sleep(0);
		System.out.println("main after second sleep(0)");
		Aio.sleep(0.3);
		System.out.printf("loop time advanced %.1f%n", loop.time() - start);
	}

	public static void main(String[] args) {
		double t0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - t0);
	}

}
