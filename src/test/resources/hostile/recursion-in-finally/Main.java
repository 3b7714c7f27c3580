public class Main {
	public static void main(String[] args) {
		System.out.println("recursing");
		walk();
	}

	// Each StackOverflowError runs the finally block, which recurses again: the calls
	// double with every frame, and the stack overflows thousands of times a second.
	static void walk() {
		try {
			walk();
		}
		finally {
			walk();
		}
	}
}
