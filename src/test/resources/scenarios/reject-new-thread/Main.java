public class Main {
	public static void main(String[] args) throws Exception {
		Runnable work = () -> System.out.println("working");
		Thread worker = new Thread(work);
		worker.start();
		worker.join();
	}
}
