import java.util.ArrayList;
import java.util.List;

import dev.looplab.aio.Aio;
import dev.looplab.aio.EventLoop;

/**
 * Eight timers for one moment, then eight timers armed one after another: predict the
 * order in which each group fires, then run.
 */
public class SameMomentTimers {

	public static void main(String[] args) {
		Aio.run(() -> {
			EventLoop loop = Aio.loop();
			List<Integer> fired = new ArrayList<>();

			double when = loop.time() + 0.5; // one moment, computed once
			for (int i = 0; i < 8; i++) {
				int n = i;
				loop.callAt(when, () -> fired.add(n));
			}
			Aio.sleep(1);
			System.out.println("callAt, all for the same moment: " + fired);

			fired.clear();
			for (int i = 0; i < 8; i++) {
				int n = i;
				loop.callLater(0.5, () -> fired.add(n)); // reads the clock each time
			}
			Aio.sleep(1);
			System.out.println("callLater, armed one after another: " + fired);
		});
	}

}
