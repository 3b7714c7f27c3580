public class Main {
	public static void main(String[] args) {
		while (true) {
			System.out.println("flooding the console with a line that never stops coming");
		}
	}
}
