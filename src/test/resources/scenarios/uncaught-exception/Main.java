public class Main {
	public static void main(String[] args) {
		System.out.println("before");
		divide(1, 0);
	}

	static int divide(int a, int b) {
		return a / b;
	}
}
