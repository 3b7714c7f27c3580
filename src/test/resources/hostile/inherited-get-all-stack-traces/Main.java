import java.util.Map;
import java.util.concurrent.ForkJoinWorkerThread;

public class Main {
	public static void main(String[] args) {
		// Thread.getAllStackTraces is closed; the same static method reached through a
		// subclass of Thread that programs may name must be closed too.
		Map<Thread, StackTraceElement[]> all = ForkJoinWorkerThread.getAllStackTraces(); // forbidden
		for (Map.Entry<Thread, StackTraceElement[]> entry : all.entrySet()) {
			System.out.println(entry.getKey().getName() + " " + entry.getValue().length);
			if (entry.getKey() != Thread.currentThread()) {
				entry.getKey().interrupt();
			}
		}
	}
}
