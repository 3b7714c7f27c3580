public class Spin {

	public static int answer() {
		return 42;
	}

	public static void main(String[] args) {
		System.out.println("spinning");
		long turns = 0;
		while (true) {
			turns++;
		}
	}

}
