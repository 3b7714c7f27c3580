import java.util.concurrent.CountDownLatch;

public class Main {
	public static void main(String[] args) throws InterruptedException {
		CountDownLatch never = new CountDownLatch(1);
		System.out.println("waiting for a signal nobody sends");
		never.await();
	}
}
