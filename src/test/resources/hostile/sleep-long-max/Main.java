public class Main {
	public static void main(String[] args) throws InterruptedException {
		System.out.println("sleeping for ever");
		Thread.sleep(Long.MAX_VALUE);
	}
}
