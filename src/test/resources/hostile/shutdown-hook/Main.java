public class Main {
	public static void main(String[] args) {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("still running at shutdown"))); // forbidden
		System.out.println("hook installed");
	}
}
