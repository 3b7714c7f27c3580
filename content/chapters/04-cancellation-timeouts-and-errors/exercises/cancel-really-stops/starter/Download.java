import java.util.ArrayList;
import java.util.List;

import dev.looplab.aio.Aio;
import dev.looplab.aio.CancelledError;
import dev.looplab.aio.Task;

/**
 * A download of many chunks that the main task cancels half-way. A cancellation arrives, but the download swallows it and carries on.
 */
public class Download {

	/** The files a download has opened and not closed yet. */
	static final List<String> OPEN_FILES = new ArrayList<>();

	/** Downloads {@code chunks} chunks of half a second each and returns how many arrived. */
	static int download(String file, int chunks) {
		OPEN_FILES.add(file);
		System.out.println("download: opened " + file);
		int done = 0;
		for (int chunk = 1; chunk <= chunks; chunk++) {
			try {
				Aio.sleep(0.5);
			}
			catch (CancelledError cancelled) {
				System.out.println("download: interrupted, carrying on");
			}
			done = chunk;
			System.out.println("download: chunk " + chunk + " of " + chunks);
		}
		OPEN_FILES.remove(file);
		return done;
	}

	public static void main(String[] args) {
		Aio.run(() -> {
			Task<Integer> download = Aio.createTask("download", () -> download("big.iso", 10));
			Aio.sleep(2);
			System.out.println("main: not needed any more, cancelling");
			download.cancel();
			try {
				System.out.println("main: downloaded " + download.await() + " chunks");
			}
			catch (CancelledError cancelled) {
				System.out.println("main: the download was cancelled");
			}
			System.out.println("main: files still open: " + OPEN_FILES);
		});
	}

}
