public class Main {
	public static void main(String[] args) {
		System.out.println("all tests passed (or so the exit code claims)");
		System.exit(0); // forbidden
	}
}
