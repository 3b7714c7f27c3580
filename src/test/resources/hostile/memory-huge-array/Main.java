public class Main {
	public static void main(String[] args) {
		long[] huge = new long[Integer.MAX_VALUE - 16];
		System.out.println(huge.length);
	}
}
