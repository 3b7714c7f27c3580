public class Main {
	public static void main(String[] args) {
		System.out.println(depth(0));
	}

	static int depth(int n) {
		return depth(n + 1) + 1;
	}
}
