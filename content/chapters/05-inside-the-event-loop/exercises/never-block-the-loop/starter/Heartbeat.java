import java.util.List;

import dev.looplab.aio.Aio;
import dev.looplab.aio.Task;

/**
 * A heartbeat every half second while files are compressed. The compress task calls the blocking library directly, which stalls the heartbeat.
 */
public class Heartbeat {

	static final List<String> FILES = List.of("a.log", "b.log", "c.log", "d.log");

	/** An old library call: it blocks the calling thread, 0.6 s per file. Do not change it. */
	static int compress(List<String> files) throws InterruptedException {
		Thread.sleep(600L * files.size());
		return files.size();
	}

	/** Tells the clients every half second that the server is alive. */
	static void heartbeat(int beats) {
		for (int beat = 1; beat <= beats; beat++) {
			Aio.sleep(0.5);
			System.out.println("tick " + beat);
		}
	}

	public static void main(String[] args) {
		Aio.run(() -> {
			Task<Object> pulse = Aio.createTask("heartbeat", () -> heartbeat(6));
			Task<Integer> work = Aio.createTask("compress", () -> {
				int count = compress(FILES); // holds the loop's only thread for 2.4 s
				System.out.println("compressed " + count + " files");
				return count;
			});
			work.await();
			pulse.await();
			System.out.println("done");
		});
	}

}
