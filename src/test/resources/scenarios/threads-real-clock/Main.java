public class Main {
	public static void main(String[] args) throws Exception {
		Runnable work = () -> System.out.println("working on " + Thread.currentThread().getName());
		Thread worker = new Thread(work);
		worker.start();
		worker.join();
		// On the real clock the JVM runs the thread: no scheduler stands in for it.
		System.out.println("a " + worker.getClass().getName());
	}
}
