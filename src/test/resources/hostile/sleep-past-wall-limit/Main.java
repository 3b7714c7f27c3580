public class Main {
	public static void main(String[] args) throws InterruptedException {
		System.out.println("going to sleep");
		Thread.sleep(60_000);
		System.out.println("woke up");
	}
}
