public class Main {
	static final long[] TABLE = new long[16];

	static {
		for (long i = 0; i >= 0; i++) {
			TABLE[(int) (i % TABLE.length)] += i;
		}
	}

	public static void main(String[] args) {
		System.out.println(TABLE[0]);
	}
}
