public class Main {
	public static void main(String[] args) {
		System.out.println("y".repeat(20_000_000));
	}
}
