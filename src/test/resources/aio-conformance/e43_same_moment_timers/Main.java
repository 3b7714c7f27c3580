import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.looplab.aio.Aio;
import dev.looplab.aio.EventLoop;
import dev.looplab.aio.TimerHandle;

public class Main {

	static String joined(List<Integer> fired) {
		return fired.stream().map(String::valueOf).collect(Collectors.joining(" "));
	}

	static void amain() {
		EventLoop loop = Aio.loop();
		List<Integer> fired = new ArrayList<>();
		double when = loop.time() + 0.5;
		for (int i = 0; i < 8; i++) {
			int n = i;
			loop.callAt(when, () -> fired.add(n));
		}
		Aio.sleep(1);
		System.out.println("call_at, same moment: " + joined(fired));
		fired.clear();
		for (int i = 0; i < 8; i++) {
			int n = i;
			loop.callLater(0.5, () -> fired.add(n));
		}
		Aio.sleep(1);
		System.out.println("call_later, one after another: " + joined(fired));
		fired.clear();
		when = loop.time() + 0.5;
		List<TimerHandle> handles = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			int n = i;
			handles.add(loop.callAt(when, () -> fired.add(n)));
		}
		handles.get(0).cancel();
		handles.get(3).cancel();
		Aio.sleep(1);
		System.out.println("call_at with 0 and 3 cancelled: " + joined(fired));
		fired.clear();
		when = loop.time() + 0.5;
		handles.clear();
		for (int i = 0; i < 150; i++) {
			int n = i;
			handles.add(loop.callAt(when, () -> fired.add(n)));
		}
		for (int i = 0; i < handles.size(); i++) {
			if (i % 5 != 0) {
				handles.get(i).cancel();
			}
		}
		Aio.sleep(1);
		System.out.println("150 at the same moment, all but every fifth cancelled: " + joined(fired));
	}

	public static void main(String[] args) {
		double t0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.println(String.format(java.util.Locale.ROOT, "elapsed %.1f", Aio.perfCounter() - t0));
	}

}
