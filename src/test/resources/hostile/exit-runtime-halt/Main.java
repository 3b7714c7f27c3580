public class Main {
	public static void main(String[] args) {
		System.out.println("halting before anyone can look");
		Runtime.getRuntime().halt(0); // forbidden
	}
}
