public class Main {
	public static void main(String[] args) {
		System.out.println("recursing");
		while (true) {
			try {
				depth(0);
			}
			catch (StackOverflowError ex) {
				// and again
			}
		}
	}

	static int depth(int n) {
		return depth(n + 1) + 1;
	}
}
