public class Flood {

	public static void main(String[] args) {
		for (long i = 0; ; i++) {
			System.out.println("line " + i);
		}
	}

}
